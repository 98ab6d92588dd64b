import { defineDetector } from '../src/detector';

// Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex.
// https://learning.postman.com/docs/developer/postman-api/authentication/

export const postmanApiKey = defineDetector({
  id: 'postman-api-key',
  provider: 'Postman',
  title: 'API key',
  severity: 'high',
  keywords: ['pmak-'],
  pattern: String.raw`\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the key at postman.co/settings/me/api-keys (or web.postman.co → Settings → API keys), then generate a new one.',
  examples: {
    positive: [
      'POSTMAN_API_KEY=PMAK-33834aad0335d8a1483bba4e-e1a9a3a1bcbbe842926d1195d24734e071',
      "// ('x-api-key', 'PMAK-7074c45cf807a9f1bd4e4a0f-40afcb0f13f22ca78e2ee9bf6d2d3b4d67')",
      'curl -H "X-Api-Key: PMAK-777a0c8910d9c95fee9c13ea-50f578b3a0bbc3aaa94502ea730b6d8a80" https://api.getpostman.com/me',
    ],
    negative: [
      'POSTMAN_API_KEY=PMAK-000000000000000000000000-0000000000000000000000000000000000',
      'POSTMAN_API_KEY=PMAK-a01d8773e6273773e3adaf5c-f5ace533ef327b42dffc4df5e935ab',
      'POSTMAN_API_KEY=PMAK-your-api-key',
    ],
  },
});

export const postmanDetectors = [postmanApiKey];
