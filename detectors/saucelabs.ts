import { defineDetector } from '../src/detector';

// Sauce Labs access keys are UUIDs, only recognisable next to the name sauce.
// https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/#access-keys
export const saucelabsAccessKey = defineDetector({
  id: 'saucelabs-access-key',
  provider: 'Sauce Labs',
  title: 'Access key',
  severity: 'high',
  keywords: ['sauce'],
  pattern: String.raw`(?i:sauce)[\w.-]{0,20}?(?i:key|token)["']?\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
  minEntropy: 3.0,
  remediation: 'Regenerate the access key at app.saucelabs.com/user-settings (Access Key → Regenerate).',
  examples: {
    positive: ['- SAUCE_ACCESS_KEY=eee65f53-e942-1ce5-0211-670eae679f02', '{ "sauceKey": "e8d28a79-023c-39c2-0066-1fccd268a29a" }', "sauce_access_key: '0d347301-ef56-e64d-c3cd-6089065c3146'"],
    negative: ['SAUCE_ACCESS_KEY=00000000-0000-0000-0000-000000000000', 'SAUCE_ACCESS_KEY=33187c8d-f952-47f2', 'ACCESS_KEY=e80a9c22-2670-bbe4-f4c5-4977656cf2d1'],
  },
});

export const saucelabsDetectors = [saucelabsAccessKey];
