import { defineDetector } from '../src/detector';

// Firecrawl API keys: `fc-` + 32 lowercase hex.
// https://docs.firecrawl.dev/introduction

export const firecrawlApiKey = defineDetector({
  id: 'firecrawl-api-key',
  provider: 'Firecrawl',
  title: 'API key',
  severity: 'medium',
  keywords: ['fc-'],
  pattern: String.raw`\b(fc-[a-f0-9]{32})\b`,
  minEntropy: 3.2,
  remediation: 'Revoke the key at firecrawl.dev/app/api-keys, then create a new one.',
  examples: {
    positive: [
      'FIRECRAWL_API_KEY=fc-233f4d05743bf2b672850882161db80a',
      'app = FirecrawlApp(api_key="fc-1e9ad8cdadc4ccd4078c763211caeae0")',
      'curl -H "Authorization: Bearer fc-ffac7cb2c8a2788fbf742b65b754e51a" https://api.firecrawl.dev/v1/scrape',
    ],
    negative: [
      'FIRECRAWL_API_KEY=fc-00000000000000000000000000000000',
      'FIRECRAWL_API_KEY=fc-06081598a878e2f264d9b1ecb19d',
      'FIRECRAWL_API_KEY=fc-YOUR_API_KEY',
      '<div class="fc-daygrid-day fc-day-today">',
    ],
  },
});

export const firecrawlDetectors = [firecrawlApiKey];
