import { defineDetector } from '../src/detector';

// AssemblyAI API keys: 32 lowercase hex without a prefix, so the name must be nearby (the Python SDK sets
// aai.settings.api_key). https://www.assemblyai.com/docs/api-reference/overview

export const assemblyaiApiKey = defineDetector({
  id: 'assemblyai-api-key',
  provider: 'AssemblyAI',
  title: 'API key',
  severity: 'high',
  keywords: ['assemblyai', 'assembly_ai', 'aai.settings'],
  pattern: String.raw`\b(?i:assembly_?ai|aai\.settings)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Reset the key at assemblyai.com/app/api-keys, then update your apps.',
  examples: {
    positive: [
      'ASSEMBLYAI_API_KEY=44036c002e162aaef6076bc3346eee21',
      'aai.settings.api_key = "f5c7ff43fc2770c7173601e1c771d814"',
      'const client = new AssemblyAI({apiKey: "e0f33545a3c0202219ec0605e636d32b"});',
    ],
    negative: [
      'ASSEMBLYAI_API_KEY=00000000000000000000000000000000',
      'ASSEMBLYAI_API_KEY=<YOUR_API_KEY>',
      'ASSEMBLYAI_API_KEY=adab23e5617d266908d35e59c7a80',
      'API_KEY=422c922202b243f8e5389cd5e3eaa60c',
    ],
  },
});

export const assemblyaiDetectors = [assemblyaiApiKey];
