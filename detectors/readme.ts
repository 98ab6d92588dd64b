import { defineDetector } from '../src/detector';

// ReadMe API keys: `rdme_` + 70 lowercase alphanumerics.
// https://docs.readme.com/main/reference/intro/authentication

export const readmeApiKey = defineDetector({
  id: 'readme-api-key',
  provider: 'ReadMe',
  title: 'API key',
  severity: 'high',
  keywords: ['rdme_'],
  pattern: String.raw`\b(rdme_[a-z0-9]{70})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke the key in your ReadMe project dashboard (Configuration → API Keys), then create a new one.',
  examples: {
    positive: [
      'README_API_KEY=rdme_xo7ge9ckvsrtex80579za9476wglnifescc80fhp62sb1th9qiyxoxc2hqyd0t1up4ufon',
      "const API_KEY = 'rdme_ua7rjkgprw0z9ekdnd6assb0v51nvfq397e4x45ptw5o9tsl01l1iq49fgmpdck4c60bec';",
      'rdme openapi --key=rdme_id6w2qvi7zvfvro0azpqykbfny8ofzsz4vbck7yqlco86dltp0nwekvtq4jahohty6muyw spec.json',
    ],
    negative: [
      "const API_KEY = 'rdme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';",
      'README_API_KEY=rdme_m2gfvvpy1rwt1l8hts3732sit7fs76zzoaryrcv1bzjd75brguykpi863wnhfvh0j',
      'README_API_KEY=rdme_your_api_key',
    ],
  },
});

export const readmeDetectors = [readmeApiKey];
