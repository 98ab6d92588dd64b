import { defineDetector } from '../src/detector';

// Perplexity API keys: `pplx-` + 48 base62 characters.
// https://docs.perplexity.ai/guides/getting-started

export const perplexityApiKey = defineDetector({
  id: 'perplexity-api-key',
  provider: 'Perplexity',
  title: 'API key',
  severity: 'high',
  keywords: ['pplx-'],
  pattern: String.raw`\b(pplx-[A-Za-z0-9]{48})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the key at perplexity.ai/settings/api, then generate a new one.',
  examples: {
    positive: [
      'PERPLEXITY_API_KEY=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',
      'client = OpenAI(api_key="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", base_url="https://api.perplexity.ai")',
      'curl -H "Authorization: Bearer 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" https://api.perplexity.ai/chat/completions',
    ],
    negative: [
      'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PERPLEXITY_API_KEY=pplx-IfOnpCBDAkWTGhWiOalTlINXn1eKIA7zPtJcGEoJ3q',
      'PERPLEXITY_API_KEY=pplx-your-api-key',
      'PERPLEXITY_API_KEY=apppplx-0nLgTEToD4uyetiAY2bv6dFvpcLOGQOpCHV5v7s82QtDRojr',
    ],
  },
});

export const perplexityDetectors = [perplexityApiKey];
