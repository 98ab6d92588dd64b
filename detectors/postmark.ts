import { defineDetector } from '../src/detector';

// Postmark server and account tokens are UUIDs: only recognisable next to the word postmark.
// https://postmarkapp.com/developer/api/overview#authentication
export const postmarkToken = defineDetector({
  id: 'postmark-token',
  provider: 'Postmark',
  title: 'Server or account API token',
  severity: 'high',
  keywords: ['postmark'],
  pattern: String.raw`(?i:postmark)[\w.-]{0,30}?["']?\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
  minEntropy: 3.0,
  remediation: 'Regenerate the token at account.postmarkapp.com (Servers → API Tokens, or Account → API Tokens).',
  examples: {
    positive: ['POSTMARK_SERVER_TOKEN=eee65f53-e942-1ce5-0211-670eae679f02', '"X-Postmark-Server-Token": "e8d28a79-023c-39c2-0066-1fccd268a29a",', "postmark:\n  fromEmail: 'ops@acme.io'\npostmarkApiToken: '0d347301-ef56-e64d-c3cd-6089065c3146'"],
    negative: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000', 'POSTMARK_SERVER_TOKEN=33187c8d-f952', 'SERVER_TOKEN=e80a9c22-2670-bbe4-f4c5-4977656cf2d1'],
  },
});

export const postmarkDetectors = [postmarkToken];
