import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';
import { alnumClassCount } from '../src/validators/char-classes';

// Cohere API keys: 40 base62 characters without a prefix; the SDKs read CO_API_KEY.
// https://docs.cohere.com/reference/about

export const cohereApiKey = defineDetector({
  id: 'cohere-api-key',
  provider: 'Cohere',
  title: 'API key',
  severity: 'high',
  keywords: ['cohere', 'co_api_key'],
  pattern: String.raw`\b(?i:cohere|co_api_key)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  validate: (secret) => alnumClassCount(secret) === 3,
  rescanWhen: NESTED_YAML_KEY_RESCAN,
  remediation: 'Delete the key at dashboard.cohere.com/api-keys, then create a new one.',
  examples: {
    positive: [
      'CO_API_KEY=RC5xLRwI0b26r08QZJi6gkfsUFRDzsLb5ER8BoFz',
      'co = cohere.ClientV2(api_key="QFm2OEQ3HdAVja76RnIChtP8HKQDLM7ToThwNScg")',
      'cohere:\n  api_key: rLRWzBQCABugjMgeP7cGq0pbqfi14ZgTsNOVM14t',
    ],
    negative: [
      'CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'COHERE_API_KEY=<your-cohere-key>',
      'COHERE_API_KEY=h2wJq5ty4mYwUufJSunpJC01t5gobuszgI6',
      'API_KEY=0zB0rlz5tr9spOFBCIoX9GY1cjDoBoirPfQAdzEv',
    ],
  },
});

export const cohereDetectors = [cohereApiKey];
