import { defineDetector } from '../src/detector';

export const truenasApiKey = defineDetector({
  id: 'truenas-api-key',
  provider: 'TrueNAS',
  title: 'API key',
  severity: 'critical',
  keywords: ['login_with_api_key', '/api/v2.0/'],
  // `<numeric key id>-<64 alphanumerics>`, seen in the websocket `auth.login_with_api_key` call or
  // as a Bearer token against the `/api/v2.0/` REST API. https://www.truenas.com/docs/api/
  // https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/
  pattern: String.raw`(?:login_with_api_key"[^\]]{0,40}?\[\s*"|/api/v2\.0/[^\n]{0,200}?[Bb]earer[ \t]+)([0-9]{1,6}-[A-Za-z0-9]{64})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the key in the TrueNAS UI (user menu → API Keys) and create a new one.',
  examples: {
    positive: [
      '{"id":"cb941312-614e-4adc-880b-e175fa2593fb", "msg":"method", "method":"auth.login_with_api_key", "params":["3-MxFxiroEYTbV4jOcauMrEQIyP3y8aFhNYq269X5JGqTJP3pr5pGgrJCHIdDq0Wdo"]}',
      '{\n  "msg": "method",\n  "method": "auth.login_with_api_key",\n  "params": [\n    "12-2XIor17spWDwMd5dc3mX8AG6KS4A6qwSL7c8p2D4Tnanrsq7wOsukSXR9kQtyq8n"\n  ]\n}',
      'curl -X POST "http://10.0.0.5/api/v2.0/pool" -H "Authorization: Bearer 7-WX6w2H6yDsZWpxy9IuwQBvdm1iUF6Rz8t3DEXG8DFfz9LKioJwCCPV2YZoZonFom"',
    ],
    negative: [
      '{"method":"auth.login_with_api_key", "params":["<api-key>"]}',
      'curl "http://10.0.0.5/api/v2.0/pool" -H "Authorization: Bearer 7-XVO58KN5N9FqaDKAxNvm6ZJuvxuImj"', // too short
      'Authorization: Bearer 7-JHx4D59T6pgp6r1emPZH0SMraWM3I7DjNKsBAiycnl1vlRao4GVHd5mBUJKM1VJU', // not a TrueNAS call
    ],
  },
});

export const truenasDetectors = [truenasApiKey];
