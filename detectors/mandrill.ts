import { defineDetector } from '../src/detector';

// Mandrill (Mailchimp Transactional) API keys: 22 base64url characters, newer ones prefixed `md-`.
// Neither is distinctive alone, so the name mandrill must be nearby.
// https://mailchimp.com/developer/transactional/guides/quick-start/#generate-your-api-key
export const mandrillApiKey = defineDetector({
  id: 'mandrill-api-key',
  provider: 'Mailchimp Transactional (Mandrill)',
  title: 'API key',
  severity: 'high',
  keywords: ['mandrill'],
  pattern: String.raw`(?i:mandrill)[\w.-]{0,30}?["']?\s*[:=(]\s*["']?((?:md-)?[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the key at mandrillapp.com/settings (API Keys) and create a new one.',
  examples: {
    positive: ['MANDRILL_API_KEY=md-575YX8XM5mSLFy5UBIHEYe', "mandrill_client = mandrill.Mandrill('mBxdUcl1MhOoSfAqFdpRaj')", '{ "mandrillKey": "md-KgodkDINzNlxICAbaG8wy1" }'],
    negative: ['MANDRILL_API_KEY=md-JZirLnqB0P', 'API_KEY=md-RfMBH7_WY5YQ1xOy1bAimC', 'MANDRILL_API_KEY=md-xxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const mandrillDetectors = [mandrillApiKey];
