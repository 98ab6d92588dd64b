import { defineDetector } from '../src/detector';
import { LITERAL_BEARER_RESCAN } from './rescan-shapes';

// Particle.io access tokens: 40 hex, passed as `access_token=` or `Authorization: Bearer` to
// api.particle.io; recognisable only with that host nearby, before or after the token.
// https://docs.particle.io/reference/cloud-apis/api/#authentication
const TOKEN = String.raw`(?:access_token=|Bearer\s+)([0-9a-f]{40})\b`;
const REVOKE = 'Delete the token with `particle token revoke` or DELETE /v1/access_tokens/<token> (console.particle.io), then create a new one.';

export const particleAccessToken = defineDetector({
  id: 'particle-access-token',
  provider: 'Particle',
  title: 'Access token',
  severity: 'high',
  keywords: ['api.particle.io'],
  pattern: String.raw`api\.particle\.io[^\n]{0,120}?(?:\n[^\n]{0,120}?)?${TOKEN}`,
  minEntropy: 3.0,
  rescanWhen: LITERAL_BEARER_RESCAN,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl "https://api.particle.io/v1/devices/events?access_token=eee65f53e9421ce50211670eae679f02e8d28a79"',
      'curl https://api.particle.io/v1/devices \\\n-H "Authorization: Bearer 023c39c200661fccd268a29a0d347301ef56e64d"',
      'curl https://api.particle.io/v1/devices -d access_token=c3cd6089065c3146e80a9c222670bbe4f4c54977',
    ],
    negative: ['curl https://api.particle.io/v1/devices -d access_token=656cf2d133187c8df952', 'curl https://api.example.com/v1/devices -d access_token=47f2866028de71159b42b4ea410fb9102f29a422', 'curl https://api.particle.io/v1/devices -d access_token=0000000000000000000000000000000000000000'],
  },
});

export const particleAccessTokenBeforeHost = defineDetector({
  id: 'particle-access-token-before-host',
  provider: 'Particle',
  title: 'Access token (given before the API host)',
  severity: 'high',
  keywords: ['api.particle.io'],
  pattern: String.raw`${TOKEN}[^\n]{0,120}?(?:\n[^\n]{0,120}?)?api\.particle\.io`,
  minEntropy: 3.0,
  rescanWhen: LITERAL_BEARER_RESCAN,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl -H "Authorization: Bearer eb14ab2f2d0f0cc022238daceee2092f073ff80b" https://api.particle.io/v1/devices',
      'curl -d access_token=9465aef7ac86d66c7a644fb12853ef86dcfaea21 \\\nhttps://api.particle.io/v1/devices\n',
      'particle.login({ token: "x" }); fetch(`https://x/?access_token=818b904ce6087413e3b266f850f1578b5c72dc4e`, { base: "https://api.particle.io" })',
    ],
    negative: ['curl -d access_token=e60caea63367c29a80b2 https://api.particle.io/v1/devices', 'curl -d access_token=1ead8f062d15a4f4ef27e9589c6948f6d30c01c3 https://api.example.com/v1/devices', 'curl -H "Authorization: Bearer f252edc87ff4adfa36d0840164709ab7f3f386d0" https://api.particle.com/v1'],
  },
});

export const particleDetectors = [particleAccessToken, particleAccessTokenBeforeHost];
