import { defineDetector } from '../src/detector';

// Mailchimp Marketing API keys: 32 hex + `-us` + the data-center number (1-2 digits).
// https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key
export const mailchimpApiKey = defineDetector({
  id: 'mailchimp-api-key',
  provider: 'Mailchimp',
  title: 'Marketing API key',
  severity: 'high',
  keywords: ['-us'],
  keywordLines: true,
  pattern: String.raw`\b([0-9a-f]{32}-us[0-9]{1,2})\b`,
  minEntropy: 3.0,
  remediation: 'Disable the key in Mailchimp (Profile → Extras → API keys) and create a new one.',
  examples: {
    positive: ['MAILCHIMP_API_KEY=eee65f53e9421ce50211670eae679f02-us18', 'mailchimp_api_key: e8d28a79023c39c200661fccd268a29a-us6', 'curl --user "anystring:0d347301ef56e64dc3cd6089065c3146-us21" https://us21.api.mailchimp.com/3.0/'],
    negative: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us18', 'MAILCHIMP_API_KEY=e80a9c222670bbe4f4c5-us18', 'MAILCHIMP_API_KEY=4977656cf2d133187c8df95247f28660-eu1', 'MAILCHIMP_API_KEY=28de71159b42b4ea410fb9102f29a422-us123'],
  },
});

export const mailchimpDetectors = [mailchimpApiKey];
