import { defineDetector } from '../src/detector';

// Flutterwave v3 secret keys: `FLWSECK-` (live) or `FLWSECK_TEST-` + 32 hex + `-X`.
// https://developer.flutterwave.com/docs/integration-guides/authentication
export const flutterwaveSecretKey = defineDetector({
  id: 'flutterwave-secret-key',
  provider: 'Flutterwave',
  title: 'Secret key',
  severity: 'critical',
  keywords: ['flwseck'],
  pattern: String.raw`\b(FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)\b`,
  minEntropy: 3.0,
  remediation: 'Regenerate the API keys in the Flutterwave dashboard (Settings → API keys), then update the servers that use them.',
  examples: {
    positive: ['FLW_SECRET_KEY=FLWSECK-eee65f53e9421ce50211670eae679f02-X', '{ "secretKey": "FLWSECK_TEST-e8d28a79023c39c200661fccd268a29a-X" }', "const flw = new Flutterwave(PUBLIC_KEY, 'FLWSECK-0d347301ef56e64dc3cd6089065c3146-X');"],
    negative: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', 'FLW_SECRET_KEY=FLWSECK-e80a9c222670bbe4f4c5-X', 'FLW_PUBLIC_KEY=FLWPUBK-4977656cf2d133187c8df95247f28660-X'],
  },
});

export const flutterwaveDetectors = [flutterwaveSecretKey];
