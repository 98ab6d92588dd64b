import { defineDetector } from '../src/detector';

// OpenRouter API keys: `sk-or-v1-` + 64 lowercase hex.
// https://openrouter.ai/docs/api-reference/authentication

export const openrouterApiKey = defineDetector({
  id: 'openrouter-api-key',
  provider: 'OpenRouter',
  title: 'API key',
  severity: 'high',
  keywords: ['sk-or-v1-'],
  pattern: String.raw`\b(sk-or-v1-[a-f0-9]{64})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the key at openrouter.ai/settings/keys, then create a new one.',
  examples: {
    positive: [
      'OPENROUTER_API_KEY=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',
      'client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="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")',
      '{"headers": {"Authorization": "Bearer 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"}}',
    ],
    negative: [
      'OPENROUTER_API_KEY=sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000',
      'OPENROUTER_API_KEY=sk-or-v1-38d74ff1fe4f7f505aef9ebdd25b001a3ff416d4a3baf69dad8199bf',
      'OPENROUTER_API_KEY=sk-or-v1-your-key-here',
      'OPENROUTER_API_KEY=sk-or-v1-2634f087e51b429fe8110102c995f1abef543b5dfce8a981a049d7ccc7e90a88ab',
    ],
  },
});

export const openrouterDetectors = [openrouterApiKey];
