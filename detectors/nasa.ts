import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

// api.nasa.gov keys: 40 base62 characters without a prefix, matched next to the name or as api_key= in a
// nasa URL. https://api.nasa.gov/

export const nasaApiKey = defineDetector({
  id: 'nasa-api-key',
  provider: 'NASA',
  title: 'api.nasa.gov API key',
  severity: 'low',
  keywords: ['nasa'],
  keywordLines: true,
  pattern: String.raw`\b(?i:nasa)[\w.\-\[\]"'()/?&]{0,80}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9]{40})\b`,
  minEntropy: 4.0,
  validate: (secret) => alnumClassCount(secret) === 3,
  remediation: 'Request a new key at api.nasa.gov and stop using the leaked one (keys cannot be revoked by users).',
  examples: {
    positive: [
      'NASA_API_KEY=3Z4BEz1QPCzirMdZ58z699UkKvhq9ZnfhgiN8Qf2',
      "fetch('https://api.nasa.gov/planetary/apod?api_key=K2VsRsEgokLqhA6cSbNWdDESQd0JCTzmza3IQg7b')",
      '{"nasa": {"api_key": "Xhcq8iWrAHFAuQaGE0zPj9pryMwttU1h5Eu1CyFl"}}',
    ],
    negative: [
      'https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY',
      'API_KEY=niYgmQS9Tqa2Up54wsHLr7ulg922GSmXyuxWrxEG',
      'NASA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});

export const nasaDetectors = [nasaApiKey];
