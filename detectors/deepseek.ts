import { defineDetector } from '../src/detector';

// DeepSeek API keys look like `sk-` + 32 lowercase hex: only the name tells them apart from other sk- keys
// (OpenAI project keys carry T3BlbkFJ and are matched by openai-api-key). https://api-docs.deepseek.com/

export const deepseekApiKey = defineDetector({
  id: 'deepseek-api-key',
  provider: 'DeepSeek',
  title: 'API key',
  severity: 'high',
  keywords: ['deepseek'],
  pattern: String.raw`\b(?i:deepseek)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?(sk-[a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Delete the key at platform.deepseek.com/api_keys, then create a new one.',
  examples: {
    positive: [
      'DEEPSEEK_API_KEY=sk-c1c1e21862ab8a18a8902073fec8df4f',
      'deepseek_api_key: "sk-50947aaeb26c57d21fa5d328263dfe57"',
      '{"deepseek": {"api_key": "sk-4de739988b886e7577496a2c8773e130"}}',
    ],
    negative: [
      'DEEPSEEK_API_KEY=sk-00000000000000000000000000000000',
      'DEEPSEEK_API_KEY=sk-your-deepseek-key',
      'DEEPSEEK_API_KEY=sk-0d5d32cbe54014c2b54b95523cf6',
      'OPENAI_API_KEY=sk-a1c257c6f561c5cb347611a3ce9d97dc',
    ],
  },
});

export const deepseekDetectors = [deepseekApiKey];
