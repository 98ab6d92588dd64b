import { defineDetector } from '../src/detector';

// Tavily API keys: `tvly-` + 32 base62 characters; newer keys insert an environment (`tvly-dev-`, `tvly-prod-`).
// https://docs.tavily.com/documentation/quickstart

export const tavilyApiKey = defineDetector({
  id: 'tavily-api-key',
  provider: 'Tavily',
  title: 'API key',
  severity: 'medium',
  keywords: ['tvly-'],
  pattern: String.raw`\b(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})\b`,
  minEntropy: 3.8,
  remediation: 'Delete the key at app.tavily.com (API Keys), then create a new one.',
  examples: {
    positive: [
      'TAVILY_API_KEY=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',
      'client = TavilyClient(api_key="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")',
      '{"tavily": {"apiKey": "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"}}',
      'TAVILY_API_KEY=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',
    ],
    negative: [
      'TAVILY_API_KEY=tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TAVILY_API_KEY=tvly-xR9wI0TSFVAf35PKUrnm9cNlD4y',
      'TAVILY_API_KEY=tvly-your-api-key',
      'TAVILY_API_KEY=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',
    ],
  },
});

export const tavilyDetectors = [tavilyApiKey];
