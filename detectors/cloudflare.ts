import { defineDetector } from '../src/detector';
import { crc32 } from '../src/validators/crc32';

const REVOKE_TOKEN = 'Roll or delete the token at dash.cloudflare.com/profile/api-tokens (account tokens: Manage Account → API Tokens).';

/** New-format tokens end in 8 hex digits: the CRC-32 of the 40-character random part. */
function hasValidCloudflareChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  return crc32(body.slice(0, 40)).toString(16).padStart(8, '0') === body.slice(40);
}

export const cloudflareApiToken = defineDetector({
  id: 'cloudflare-api-token',
  provider: 'Cloudflare',
  title: 'API token or global API key (prefixed format)',
  severity: 'critical',
  keywords: ['cfat_', 'cfut_', 'cfk_'],
  // `cfat_` account token, `cfut_` user token, `cfk_` global API key: + 40 alphanumerics + an 8-hex
  // CRC-32 checksum of those 40. https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
  pattern: String.raw`(?:^|[^A-Za-z0-9_])((?:cfat|cfut|cfk)_[A-Za-z0-9]{40}[0-9a-f]{8})(?:[^A-Za-z0-9_]|$)`,
  validate: hasValidCloudflareChecksum,
  minEntropy: 3.5,
  remediation: REVOKE_TOKEN,
  examples: {
    positive: [
      'CLOUDFLARE_API_TOKEN=cfat_hIvUXOH5zrBhjizvX6PRFh068A1fZupgTKRIJcCnaec36398',
      '{ "cloudflare": { "token": "cfut_5bZVWb9iC2fcDKcZZtrVKIxZkhAxnFBP6W2V8T3t95dec33a" } }',
      'curl -H "Authorization: Bearer cfut_v5KkTppcSMGlQ9kR6lpyzwYbVxAYq5yYVSCpn2Zc4b53d4eb" https://api.cloudflare.com/client/v4/user/tokens/verify',
    ],
    negative: [
      'CLOUDFLARE_API_TOKEN=cfat_tooshort',
      'CLOUDFLARE_API_TOKEN=cfat_xXyv8i6kR2yFLZw6We87BGh7EU22Ol9eUqUcBQS700000000', // wrong checksum
      'CLOUDFLARE_API_TOKEN=xcfat_2F9G6SXqCAJQVvdpo7ODD4PwD58v8Kq5rrmyUqr164c8f646', // glued to a word
    ],
  },
});

export const cloudflareApiTokenLegacy = defineDetector({
  id: 'cloudflare-api-token-legacy',
  provider: 'Cloudflare',
  title: 'API token (unprefixed)',
  severity: 'critical',
  keywords: ['cloudflare'],
  // Before the `cfat_`/`cfut_` prefixes, tokens were 40 characters of [A-Za-z0-9_-]: only trusted
  // under a cloudflare name. https://developers.cloudflare.com/fundamentals/api/get-started/create-token/
  pattern: String.raw`(?i)cloudflare[\w.-]{0,30}?["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE_TOKEN,
  examples: {
    positive: [
      'CLOUDFLARE_API_TOKEN=6JZrQUxp3WgUEYzDk8UlraOGt-AKAwUUpMYo_WoJ',
      'cloudflare: "ioueKIPGHy1iDoRR9rMspkWGrFx4aZ1F8Pep9DgF"',
      'provider "cloudflare" {}\ncloudflare_api_key = "A7oRpGOMjS85yAArzvWys-o7u2VFa1nm-V6XqV4F"',
    ],
    negative: [
      'API_TOKEN=5VzRvfVpbB1dqu7BD7jyQHBw_aHXv6LWugvmLiC3', // no Cloudflare name
      'CLOUDFLARE_API_TOKEN=oBQu85Rx6WWGJDO3xOWNsrpira4M85', // too short
      'CLOUDFLARE_ZONE=example.com',
    ],
  },
});

export const cloudflareGlobalApiKey = defineDetector({
  id: 'cloudflare-global-api-key',
  provider: 'Cloudflare',
  title: 'Global API key',
  // Full access to every account and zone of the user.
  severity: 'critical',
  keywords: ['cloudflare', 'x-auth-key'],
  // 37 lowercase hex with no prefix: only trusted under a cloudflare name or in an X-Auth-Key header.
  // https://developers.cloudflare.com/fundamentals/api/get-started/keys/
  pattern: String.raw`(?i)(?:cloudflare[\w.-]{0,30}?["'\x60]?[ \t]*(?::=|=>|=|:)|x-auth-key["']?[ \t]*:)[ \t]*["'\x60]?([a-f0-9]{37})(?:[^A-Za-z0-9]|$)`,
  minEntropy: 3.0,
  remediation: 'View and roll the Global API Key at dash.cloudflare.com/profile/api-tokens, then move clients to scoped API tokens.',
  examples: {
    positive: [
      'CLOUDFLARE_GLOBAL_API_KEY=8f37a6ec2fa247f5e51d4348281603cbaccac',
      'cloudflare: "bad4515b0891dee620180e556c4ccca3d2b71"',
      'curl -H "X-Auth-Email: ops@example.org" -H "X-Auth-Key: fb50454e8c2210d504fd6059a2ff2b91056d3" https://api.cloudflare.com/client/v4/zones',
    ],
    negative: [
      'API_KEY=7b9b7e804d937c5db3e06a085ec306fa254a8', // no Cloudflare name
      'CLOUDFLARE_GLOBAL_API_KEY=1f07d1d03bc77e5dea7e95b58b81d95d', // too short
      'CLOUDFLARE_GLOBAL_API_KEY=' + '0'.repeat(37),
    ],
  },
});

export const cloudflareOriginCaKey = defineDetector({
  id: 'cloudflare-origin-ca-key',
  provider: 'Cloudflare',
  title: 'Origin CA key',
  severity: 'high',
  keywords: ['v1.0-'],
  // `v1.0-` + 24 hex + `-` + 146 hex. https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/
  pattern: String.raw`\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b`,
  minEntropy: 3.0,
  remediation: 'Roll the Origin CA key at dash.cloudflare.com/profile/api-tokens (Origin CA Key → Change).',
  examples: {
    positive: [
      'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-7494e00725ea6f798a1369a2-5b177829eb8c8c6ffc02c6fe13ea4f8d2f59caf8c5c43dd0ce4164f5700e0bff8a0aedeab70d0cbac4f0879a9b4c0bf76b893d1be84abcea3abb6ad8fc9cb4feb5f5a7f36958cf5a50',
      '{ "origin_ca_key": "v1.0-ecda3bd803062eb5d597fd9d-3c56af8dc83624a0428467d73d38ecdfc26fddd11afdbec8e6dc6aeca2198fc6c5d6a7b3f7791af2478668b1f598b4c46935ae1d550944febc7446862edee9e54857c1a1b8885c6095" }',
      'curl -H "X-Auth-User-Service-Key: v1.0-2a997ff89c5264f2d16408b2-f1520601680b6ee8efa9a5035cfebafa48770c851a8e7d6237a19a383ed315102b70576194cad82dbb143b6bd76c7880c40e2b036ac99e8b4bd914a68ca16654597968294f16d775ec" https://api.cloudflare.com/client/v4/certificates',
    ],
    negative: [
      'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-5e0000f9f1abe1873e3efc6c-5e540923cf7e801e00435949f354b4dd1cbfd44c67443d3c7e404c566a59277e5f5b1e9b0dbbc8ab5a6fad9020f91b48d816', // too short
      'version: v1.0-beta',
      'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-' + '0'.repeat(24) + '-' + '0'.repeat(146),
    ],
  },
});

export const cloudflareDetectors = [cloudflareApiToken, cloudflareApiTokenLegacy, cloudflareGlobalApiKey, cloudflareOriginCaKey];
