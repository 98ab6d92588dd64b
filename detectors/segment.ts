import { defineDetector } from '../src/detector';

// Segment Public API tokens: `sgp_` + 64 base62 characters.
// https://segment.com/docs/api/public-api/

export const segmentPublicApiToken = defineDetector({
  id: 'segment-public-api-token',
  provider: 'Segment',
  title: 'Public API token',
  severity: 'high',
  keywords: ['sgp_'],
  pattern: String.raw`\b(sgp_[A-Za-z0-9]{64})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the token in Segment (Settings → Workspace settings → Access Management → Tokens), then create a new one.',
  examples: {
    positive: [
      'SEGMENT_TOKEN=sgp_5WBExE5c0yAha2Hyuez1yFy4HRAYF41i1oh9PZ2OHrUmAshasx9zklKhxo7o9AFL',
      '"token": "sgp_wOOLUVZ3DWbqIg0fMsThAxMVaNvcs74OTC2VvYkOa7kYEFGGTiHfD3tFusnCNCuI"',
      'curl -H "Authorization: Bearer sgp_04nhOnkaZPRWJp3Vod7LcQ9gdD2TNiOeT65kqollyyjXpAuiyuIEHOvqoI2BKfKA" https://api.segmentapis.com/',
    ],
    negative: [
      'SEGMENT_TOKEN=sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SEGMENT_TOKEN=sgp_BM1k325TE4xHKcWHMk3071YR7MQZkHraOQYaGbyhLKI3RJoqoJhx2swNfi8K',
      'SEGMENT_TOKEN=sgp_your_public_api_token',
    ],
  },
});

export const segmentDetectors = [segmentPublicApiToken];
