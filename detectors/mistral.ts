import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

// Mistral API keys have no prefix: 32 base62 characters, so the name must sit next to the value.
// https://docs.mistral.ai/getting-started/quickstart/

export const mistralApiKey = defineDetector({
  id: 'mistral-api-key',
  provider: 'Mistral AI',
  title: 'API key',
  severity: 'high',
  keywords: ['mistral'],
  pattern: String.raw`\b(?i:mistral)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.8,
  validate: (secret) => alnumClassCount(secret) === 3,
  remediation: 'Revoke the key at console.mistral.ai/api-keys, then create a new one.',
  examples: {
    positive: [
      'MISTRAL_API_KEY=KIBJl5dzpJn0meq7WJjjIBAzupGhv7Ib',
      'client = Mistral(api_key="3M03NBQNSgPwlUQia1ID6vW5dql05ha0")',
      '{ "mistral_api_key": "64gIiJhgB3cxLmAxzJLJenuHjDUrhhje" }',
    ],
    negative: [
      'MISTRAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MISTRAL_API_KEY=your-mistral-api-key',
      'MISTRAL_API_KEY=TyH5xJ8tpqXJQ4I9dOv8GZ4fKq1O',
      'API_KEY=ZVaMWUFuXBVjdctBYVhnSg9EH6yO4GFQ',
    ],
  },
});

export const mistralDetectors = [mistralApiKey];
