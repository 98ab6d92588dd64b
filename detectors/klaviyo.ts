import { defineDetector } from '../src/detector';

// Klaviyo private API keys: `pk_` + 34 alphanumerics. `pk_` is also Stripe's public-key prefix, so
// the name klaviyo must come first (bounded gap). https://developers.klaviyo.com/en/docs/authenticate_
export const klaviyoPrivateKey = defineDetector({
  id: 'klaviyo-private-key',
  provider: 'Klaviyo',
  title: 'Private API key',
  severity: 'high',
  keywords: ['klaviyo'],
  pattern: String.raw`(?i:klaviyo)[\s\S]{0,60}?\b(pk_[A-Za-z0-9]{34})\b`,
  minEntropy: 3.5,
  remediation: 'Revoke the key in Klaviyo (Settings → API keys) and create a new one.',
  examples: {
    positive: ['KLAVIYO_PRIVATE_KEY=pk_895747542690d408428ed48b7fdbda3b8e', "const klaviyo = new ApiKeySession('pk_jnvIcruciLSMLhWQXdQmRZ4IkfjPkP4MsX');", 'curl https://a.klaviyo.com/api/profiles/ -H "Authorization: Klaviyo-API-Key pk_42dec0d174fe85d8b6b47f611ba5965375"'],
    negative: ['KLAVIYO_PRIVATE_KEY=pk_2d1ea20493d982fb10aa', 'STRIPE_PUBLISHABLE_KEY=pk_Jfjih0eOqNSzCYgt6KvJQbr02NQblPWxPl', 'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const klaviyoDetectors = [klaviyoPrivateKey];
