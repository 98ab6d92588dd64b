import { defineDetector } from '../src/detector';

// WireGuard keys are 32 bytes in base64 (44 characters ending in `=`), set in wg-quick INI files as
// `PrivateKey = …` and `PresharedKey = …`. https://man7.org/linux/man-pages/man8/wg.8.html
const REMEDIATION = 'Generate a new key with `wg genkey` (or `wg genpsk`), update the interface and every peer, and remove the old one.';

export const wireguardPrivateKey = defineDetector({
  id: 'wireguard-private-key',
  provider: 'WireGuard',
  title: 'WireGuard interface private key',
  severity: 'critical',
  keywords: ['privatekey'],
  keywordLines: true,
  pattern: String.raw`(?i)\bPrivateKey\s*=\s*([A-Za-z0-9+/]{43}=)(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.0,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = j9Zu4vCgJGx+Lw4jPD7x0XjwbQajkcKgKodMj+zedT4=\nDNS = 1.1.1.1\n', path: 'wg0.conf' },
      'wireguard:\n  config: |\n    [Interface]\n    PrivateKey=nSGNXtv18RfYxSfJ8tO+tiBI139FCJnOWhezM7cWkzo=',
      'echo "PrivateKey = JXgoiXzg8SaFnJjVOhjDy07D7O9X2z25IcH4hufo09k=" >> /etc/wireguard/wg0.conf',
    ],
    negative: [
      'PrivateKey = <contents of privatekey>',
      'PrivateKey = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      'PublicKey = j9Zu4vCgJGx+Lw4jPD7x0XjwbQajkcKgKodMj+zedT4=',
      'PrivateKey = j9Zu4vCgJGx+Lw4jPD7x0XjwbQajkcKg', // too short
    ],
  },
});

export const wireguardPresharedKey = defineDetector({
  id: 'wireguard-preshared-key',
  provider: 'WireGuard',
  title: 'WireGuard peer preshared key',
  severity: 'high',
  keywords: ['presharedkey'],
  pattern: String.raw`(?i)\bPresharedKey\s*=\s*([A-Za-z0-9+/]{43}=)(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.0,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '[Peer]\nPublicKey = 42DdPT180oPjIWGZrJqFlPxPHdAE4psGdbLmTU2J5mU=\nPresharedKey = 0JiW8jV4sGyEzW3oLsI4T+SdDAou+izjKlc8La3r0Y4=\nAllowedIPs = 0.0.0.0/0\n', path: 'wg0.conf' },
      'peer:\n  preshared: |\n    PresharedKey = a6CZGfR7gC8HbmXMUsZT2BmbQZOonmSFxRZF73nmAX8=',
      'wg set wg0 peer X; echo "PresharedKey=42DdPT180oPjIWGZrJqFlPxPHdAE4psGdbLmTU2J5mU=" > psk.conf',
    ],
    negative: ['PresharedKey = [your preshared key]', 'PresharedKey = 0000000000000000000000000000000000000000000=', 'PresharedKey = 0JiW8jV4sGyEzW3oLsI4T'],
  },
});

export const wireguardDetectors = [wireguardPrivateKey, wireguardPresharedKey];
