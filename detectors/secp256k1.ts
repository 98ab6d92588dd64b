import { defineDetector } from '../src/detector';

// Ethereum / Bitcoin raw private keys: 32 bytes (64 hex, optional 0x) in [1, n-1] where n is the
// secp256k1 group order. https://www.secg.org/sec2-v2.pdf (section 2.4.1)
// Without a name such as PRIVATE_KEY nearby, 64 hex characters are as likely a SHA-256 digest.
const ORDER = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');

function isInCurveRange(hex: string): boolean {
  const value = BigInt(`0x${hex}`);
  return value > 0n && value < ORDER;
}

export const secp256k1PrivateKey = defineDetector({
  id: 'secp256k1-private-key',
  provider: 'Ethereum / secp256k1',
  title: 'Wallet private key (secp256k1, 64 hex) assigned to a private-key name',
  severity: 'critical',
  keywords: ['private_key', 'privatekey', 'private-key', 'privkey', 'priv_key', 'private key'],
  keywordLines: true,
  pattern: String.raw`(?i)\b(?:[a-z0-9]{1,20}[_-])?priv(?:ate)?[ _-]?key["']?\s*[:=]\s*["']?(?:0x)?([0-9a-fA-F]{64})(?:[^0-9A-Za-z]|$)`,
  minEntropy: 3.2,
  validate: isInCurveRange,
  remediation: 'Move the funds to a new wallet immediately (anyone with the key controls them), then replace the key in every deployment script.',
  examples: {
    positive: [
      'DEPLOYER_PRIVATE_KEY=0x1b3dd6658aab824fb358b7755a86b0d482b716b481b04229b544a117f94e972a',
      'module.exports = { networks: { mainnet: { accounts: [], privateKey: "bced1403daf11d53c741c52e037bee158acb7f7bf415a81155735784992335b2" } } };',
      'wallet:\n  private_key: a8ada7f0ad6f954b24a06e54d7f1d111e47d966e0d4898d0cad8ca4e3971efce',
    ],
    negative: [
      'PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000001',
      'PRIVATE_KEY=0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0', // above the group order
      'sha256 = "1b3dd6658aab824fb358b7755a86b0d482b716b481b04229b544a117f94e972a"', // no key name
      'PRIVATE_KEY=${DEPLOYER_KEY}',
    ],
  },
});

export const secp256k1Detectors = [secp256k1PrivateKey];
