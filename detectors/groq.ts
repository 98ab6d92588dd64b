import { defineDetector } from '../src/detector';

// Groq API keys: `gsk_` + 52 base62 characters.
// https://console.groq.com/docs/api-keys

export const groqApiKey = defineDetector({
  id: 'groq-api-key',
  provider: 'Groq',
  title: 'API key',
  severity: 'high',
  keywords: ['gsk_'],
  pattern: String.raw`\b(gsk_[A-Za-z0-9]{52})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the key at console.groq.com/keys, then create a new one.',
  examples: {
    positive: [
      'GROQ_API_KEY=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',
      'client = Groq(api_key="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")',
      '{"groq": {"apiKey": "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"}}',
      'curl -H "Authorization: Bearer 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" https://api.groq.com/openai/v1/models',
    ],
    negative: [
      'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GROQ_API_KEY=gsk_your_groq_api_key_here',
      'GROQ_API_KEY=gsk_3Fs2QhX6KWxOiixgVoOnzyw2MzP0ZvzOMhfWuBByReQMsm9Wc',
      'GROQ_API_KEY=wordgsk_W9XFOGOeMVNen5n1Ae6pWzpF1qH6YytwMe4LbyoVFz8uZdZv8FuK',
    ],
  },
});

export const groqDetectors = [groqApiKey];
