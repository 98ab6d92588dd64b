import { defineDetector } from '../src/detector';

// Jina AI API keys: `jina_` + 60 characters (32 hex, then 28 base62 in keys seen so far).
// https://jina.ai/api-dashboard/key-manager

export const jinaApiKey = defineDetector({
  id: 'jina-api-key',
  provider: 'Jina AI',
  title: 'API key',
  severity: 'high',
  keywords: ['jina_'],
  pattern: String.raw`\b(jina_[A-Za-z0-9]{60})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke the key at jina.ai/api-dashboard, then create a new one.',
  examples: {
    positive: [
      'JINA_API_KEY=jina_cca0fce9594dc72aa7a6d0018f99ddceWCmrWc8ArEhOGaXgZpj7kJ4M9afZ',
      'headers = {"Authorization": "Bearer jina_ea25bab29539ad5966d513b1d00909c3lAqBMLfxjkR3p5igJkMamHJKhwgG"}',
      'jina:\n  api_key: jina_0325fed10a47b851832b6ec017c1e177OCK7l2LUA530dTamQ94f8EPrYrtl',
    ],
    negative: [
      'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'JINA_API_KEY=jina_b6cc69f67e48eb7c64328c0490c257a6q5GEj6XzgwTMEtTFOS',
      'JINA_API_KEY=jina_your_api_key_here',
      'JINA_API_KEY=nojina_1a6b2dc782bdeae16d4f6185578715bbaFMoTIIrtfqePtPAgscI7pWsTI4t',
    ],
  },
});

export const jinaDetectors = [jinaApiKey];
