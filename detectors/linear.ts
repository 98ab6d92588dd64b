import { defineDetector } from '../src/detector';

// Linear personal API keys: `lin_api_` + 40 base62 characters.
// https://linear.app/developers/graphql#personal-api-keys

export const linearApiKey = defineDetector({
  id: 'linear-api-key',
  provider: 'Linear',
  title: 'Personal API key',
  severity: 'high',
  keywords: ['lin_api_'],
  pattern: String.raw`\b(lin_api_[A-Za-z0-9]{40})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke the key at linear.app/settings/account/security (Personal API keys), then create a new one.',
  examples: {
    positive: [
      'LINEAR_API_KEY=lin_api_i6gkfsUFRDzsLb5ER8BoFzQFm2OEQ3HdAVja76Rn',
      'const linear = new LinearClient({ apiKey: "lin_api_IChtP8HKQDLM7ToThwNScgrLRWzBQCABugjMgeP7" });',
      'curl -H "Authorization: lin_api_cGq0pbqfi14ZgTsNOVM14tuoIZWD1IAEov4QbKDF" https://api.linear.app/graphql',
    ],
    negative: [
      'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LINEAR_API_KEY=lin_api_MPgxAFQ0FJZlCZBTToOFl9h2wJq5ty4mYwU',
      'LINEAR_API_KEY=lin_api_your_key',
      'LINEAR_API_KEY=lin_api_oX9GY1cjDoBoirPfQAdzEv7g5iFqhEvveQzE2QPuQ7',
    ],
  },
});

export const linearDetectors = [linearApiKey];
