import { defineDetector } from '../src/detector';

// Mailgun private API keys: legacy `key-` + 32 hex; current keys are 32 hex + `-` + 8 hex + `-` + 8 hex
// with no prefix, so those need the name mailgun nearby.
// https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/
const REVOKE = 'Delete the key at app.mailgun.com (Settings → API Security) and create a new one.';

export const mailgunApiKey = defineDetector({
  id: 'mailgun-api-key',
  provider: 'Mailgun',
  title: 'Legacy private API key',
  severity: 'high',
  keywords: ['key-'],
  pattern: String.raw`\b(key-[0-9a-f]{32})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ["var apiKey = process.env.MAILGUN_API || 'key-378892e9ecc387ab8b4585023a0286cc'", 'MAILGUN_API_KEY=key-e33b53f68e6f9833288305d32df5ce9f', 'curl -s --user "api:key-edd38fc7ef24f8e0cd0bbf8b961f83c3" https://api.mailgun.net/v3/mg.example.org/messages'],
    negative: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MAILGUN_API_KEY=key-169009b831460788576a', 'monkey-9b156bfc7caf17dfa283461468fe4c13', 'MAILGUN_API_KEY=key-00000000000000000000000000000000'],
  },
});

export const mailgunPrivateKey = defineDetector({
  id: 'mailgun-private-key',
  provider: 'Mailgun',
  title: 'Private API key',
  severity: 'high',
  keywords: ['mailgun'],
  pattern: String.raw`(?i:mailgun)[\s\S]{0,60}?\b([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ['MAILGUN_API_KEY=8bdd4e7245407b1de8fa2b132d315209-14c40eef-09287907', '{ "mailgun": { "apiKey": "0b33cce9ba084996e02eacd8d60cf7c3-7768272e-1069de72" } }', "mg = Mailgun(domain, api_key='25be6c3bf6baf915e48f914109fb9b54-062479cf-b5b7bad3')"],
    negative: ['MAILGUN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx', 'MAILGUN_API_KEY=0198596637c9e3c3e2716c624bf32277-34ffac2b', 'API_KEY=3a85ef3b1ea01c673b58d152daf6d4d9-79653871-646c8377'],
  },
});

// Webhook signing keys: 32 hex, only recognisable next to mailgun and "signing"/"webhook".
// https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks
export const mailgunWebhookSigningKey = defineDetector({
  id: 'mailgun-webhook-signing-key',
  provider: 'Mailgun',
  title: 'Webhook signing key',
  severity: 'medium',
  keywords: ['mailgun'],
  pattern: String.raw`(?i:mailgun)[\w.-]{0,20}?(?i:signing|webhook)[\w.-]{0,15}["']?\s*[:=]\s*["']?([0-9a-f]{32})\b`,
  minEntropy: 3.0,
  remediation: 'Rotate the HTTP webhook signing key at app.mailgun.com (Settings → Webhooks / API Security).',
  examples: {
    positive: ['MAILGUN_WEBHOOK_SIGNING_KEY=0691877a471850d8fe71f4e68693fc0f', '{ "mailgunSigningKey": "ada9a20a2756e8efcc0c72926fdeabcf" }', "mailgun_webhook_key: '8c8b50493ff17f014d565c16941aa260'"],
    negative: ['MAILGUN_WEBHOOK_SIGNING_KEY=3207d41aadd0f010', 'WEBHOOK_SIGNING_KEY=3d60439a016ea5798fd6f65f78f512ca', 'MAILGUN_WEBHOOK_SIGNING_KEY=00000000000000000000000000000000'],
  },
});

export const mailgunDetectors = [mailgunApiKey, mailgunPrivateKey, mailgunWebhookSigningKey];
