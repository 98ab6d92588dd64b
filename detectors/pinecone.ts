import { defineDetector } from '../src/detector';

// Pinecone API keys: current keys are `pcsk_` + a short key id + `_` + a long base62 secret; keys created
// before 2024 are bare UUIDs, matched only next to the name. https://docs.pinecone.io/guides/projects/manage-api-keys

export const pineconeApiKey = defineDetector({
  id: 'pinecone-api-key',
  provider: 'Pinecone',
  title: 'API key',
  severity: 'high',
  keywords: ['pcsk_'],
  pattern: String.raw`\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the key in the Pinecone console (your project → API Keys), then create a new one.',
  examples: {
    positive: [
      'PINECONE_API_KEY=pcsk_bKl60w_4yCS1Jz43kJR2zzjrx6fWiFijfzYMywu7OTmDrZdtN7QlwAyYdiFizWxEOZlh5Q',
      'pc = Pinecone(api_key="pcsk_41hUeg_lMMNMFLzsSXkkWZxh2JPC7fX3GXodyFJUmBWRhmBGCN33kflkNQ7xRbG8cxl0m9")',
      'pinecone:\n  apiKey: "pcsk_IQ1CVM_LYFBDCjX3tdf8265E3moZ7Ht9FQUkOpF96qgZLc2KX9PuOLC8Q8WD5j5B16DQyg"',
    ],
    negative: [
      'PINECONE_API_KEY=pcsk_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PINECONE_API_KEY=pcsk_your_api_key',
      'PINECONE_API_KEY=pcsk_Sa5KD1_uSJoBczgVgIcAy18hSLXbC6aNRkL',
    ],
  },
});

export const pineconeLegacyApiKey = defineDetector({
  id: 'pinecone-legacy-api-key',
  provider: 'Pinecone',
  title: 'Legacy API key (UUID)',
  severity: 'high',
  keywords: ['pinecone'],
  pattern: String.raw`\b(?i:pinecone)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.0,
  remediation: 'Delete the key in the Pinecone console (your project → API Keys), then create a new one.',
  examples: {
    positive: [
      'PINECONE_API_KEY=d1ba9f20-df48-475b-a15b-0be23b7ac193',
      'pinecone.init(api_key="fe040727-5539-4800-a368-0e7e3b35183e", environment="us-west1-gcp")',
      '{"pinecone_api_key": "f8333c47-74ec-450c-ad1c-1bac7adac1a4"}',
    ],
    negative: [
      'PINECONE_API_KEY=00000000-0000-0000-0000-000000000000',
      'PINECONE_API_KEY=12345678-ABCD-ABCD-ABCD-1234567890AB',
      'PINECONE_INDEX_ID=907a76cc-0b57-4aaf-a896-91052be1ceb3x',
      'REQUEST_ID=74dab468-3f84-4d30-ad3f-c4d83cee9b9b',
    ],
  },
});

export const pineconeDetectors = [pineconeApiKey, pineconeLegacyApiKey];
