import { defineDetector } from '../src/detector';

// Dynatrace access tokens: `dt0c01.` + 24-character public part + `.` + 64-character secret, both uppercase base32.
// https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format

export const dynatraceApiToken = defineDetector({
  id: 'dynatrace-api-token',
  provider: 'Dynatrace',
  title: 'Access token',
  severity: 'high',
  keywords: ['dt0c01.'],
  pattern: String.raw`\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke the token in Dynatrace (Access tokens), then generate a new one.',
  examples: {
    positive: [
      'DT_API_TOKEN=dt0c01.7YWJ2L9SXB7R5DHKAZ9EUVEJ.YIT8CH36J5HNJTOADQGL27UILUZJ2RQ8LIXJPBHMTATUGS38K2GFWZLKNEAFZFIP',
      '    apiToken: dt0c01.3D02HBZVMP1W38XIYES0SSHN.1U2SM4TYFH2E21Q5QZGO6K61MA4YVYH9FZJT06ISU23S4ILQ6B0BR85XN1B30MFF',
      'curl -H "Authorization: Api-Token dt0c01.OTYM0X31XYGOET7H20W0KP68.1VQYU52C56NDKDWTFNP5T2808ECELNFYJ7TXEJ9U1OHCF5UCZRX2ORL3LK3WIZ9E" https://abc12345.live.dynatrace.com/api/v2/metrics',
    ],
    negative: [
      'DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'DT_API_TOKEN=dt0c01.1QVBTSA6RINXHXVH6L1QF25T.X77CV0Q9L45VIPQGPPPCM7PI85W5XDMO174MCVCFRWH5J67LG7JYITNV4F4',
      'DT_API_TOKEN=dt0c01.abc.def',
    ],
  },
});

export const dynatraceDetectors = [dynatraceApiToken];
