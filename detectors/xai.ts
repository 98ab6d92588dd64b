import { defineDetector } from '../src/detector';

// xAI (Grok) API keys: `xai-` + 80 base62 characters.
// https://docs.x.ai/docs/overview

export const xaiApiKey = defineDetector({
  id: 'xai-api-key',
  provider: 'xAI',
  title: 'API key',
  severity: 'high',
  keywords: ['xai-'],
  pattern: String.raw`\b(xai-[A-Za-z0-9]{80})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the key at console.x.ai (API Keys), then create a new one.',
  examples: {
    positive: [
      'XAI_API_KEY=xai-7g5iFqhEvveQzE2QPuwNOvpdf2YEe6rSxCnopMEmJVQpvsTnkIAeDfRrGsNrfSthSdddxH5jMTF7eBSd',
      'client = OpenAI(base_url="https://api.x.ai/v1", api_key="xai-E0g9cRYN687NElFJvhQ8XIm0ogR4HtXOf54fZBKA8frcZTuJaWYUH1VAUwV1ZH87MtA5vSQXEZY3lEX7")',
      'curl https://api.x.ai/v1/models -H "Authorization: Bearer xai-bwR2DRGD1qSo7JPRbgUMxXy9b4BzwoZ648jjNuFD7uacnwIp3SfD67jIKeaVSTQvvpQZpPTejqZHKpKE"',
    ],
    negative: [
      'XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'XAI_API_KEY=xai-ze9lfAEZ7770h2dcPyGOJJhrG80usp2w5dFjxCAyIOk6CptT9IoQhobswHGETh8lMYQOym',
      'XAI_API_KEY=xai-your-key-here',
      'see the xai-sdk package',
    ],
  },
});

export const xaiDetectors = [xaiApiKey];
