import { defineDetector } from '../src/detector';

// ElevenLabs API keys: `sk_` + 48 lowercase hex (older keys: 32 hex), sent as the xi-api-key header. Neither form
// is distinctive alone, so the name or header must be nearby. https://elevenlabs.io/docs/api-reference/authentication

export const elevenlabsApiKey = defineDetector({
  id: 'elevenlabs-api-key',
  provider: 'ElevenLabs',
  title: 'API key',
  severity: 'high',
  keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
  pattern: String.raw`\b(?i:elevenlabs|eleven_labs|xi[-_]api[-_]key)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?(sk_[a-f0-9]{48}|[a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Delete the key at elevenlabs.io/app/settings/api-keys, then create a new one.',
  examples: {
    positive: [
      'ELEVENLABS_API_KEY=sk_dd127454b4667a20f1fa2261bd2b5ff4891e5dc9328776e7',
      'client = ElevenLabs(api_key="sk_f1ccacc27ad909f03fdd9e4a62bce19a285ed7361c5c8a4b")',
      'curl -H "xi-api-key: sk_57bc9fa65c00537e8b3c48d2ae89b9c1ffb013ce94e1af40" https://api.elevenlabs.io/v1/voices',
      'ELEVEN_LABS_KEY=f6725480dc3932677172a31659a2e50a',
    ],
    negative: [
      'ELEVENLABS_API_KEY=sk_000000000000000000000000000000000000000000000000',
      'ELEVENLABS_API_KEY=your_elevenlabs_key',
      'ELEVENLABS_API_KEY=sk_3f79aa766907508db2823ccd71ba82f4dee6a63c596',
      'STRIPE_KEY=sk_869002b6d08b5ab9315bd0e3a34bff2aaf438c6b8068dc5d',
    ],
  },
});

export const elevenlabsDetectors = [elevenlabsApiKey];
