import { defineDetector } from '../src/detector';

// Stripe keys are `sk_` (secret), `rk_` (restricted) or `pk_` (publishable, not a secret), then
// `live_` or `test_`, then 24 to 99 alphanumerics. https://docs.stripe.com/keys
// gitleaks also lists a `prod_` mode (its stripe-access-token rule and samples: `rk_prod_51…`);
// Stripe's docs do not, but the shape (`51` + account id + random) is Stripe's, so live rules take it.
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/stripe.go
const BODY = '[0-9A-Za-z]{24,99}';
const REVOKE = 'Roll the key at dashboard.stripe.com/apikeys (Developers → API keys), then update its users.';

export const stripeSecretKey = defineDetector({
  id: 'stripe-secret-key',
  provider: 'Stripe',
  title: 'Live secret key',
  severity: 'critical',
  keywords: ['sk_live_', 'sk_prod_'],
  pattern: String.raw`\b(sk_(?:live|prod)_${BODY})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'STRIPE_SECRET_KEY=sk_live_hzgsRhPeoW0rCEzXiF2s4i1x',
      '{ "stripe": { "secretKey": "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" } }',
      "Stripe.api_key = 'sk_live_rd5ynASr0ZlGmYvByJvslpyb'",
      'curl https://api.stripe.com/v1/charges -u sk_live_vAPOHfBwDbVNU7nKDdZzP9oh:',
    ],
    negative: [
      'STRIPE_SECRET_KEY=sk_live_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', // placeholder
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWD', // too short
      'STRIPE_PUBLISHABLE_KEY=pk_live_04N3qZ9rC2ajpBbq8OMXawieWPjSIJam', // publishable keys are public
      'mask_live_OhGpOyDOM9rGjjYzjb0WF9g0IeOQ5le4', // glued to a word
    ],
  },
});

export const stripeRestrictedKey = defineDetector({
  id: 'stripe-restricted-key',
  provider: 'Stripe',
  title: 'Live restricted key',
  severity: 'high',
  keywords: ['rk_live_', 'rk_prod_'],
  pattern: String.raw`\b(rk_(?:live|prod)_${BODY})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  description:
    'Stripe restricted keys start with rk_live_. One published guide also attributes rk_live_ keys to Runway; if this one is not Stripe\'s, revoke it at Runway instead.',
  examples: {
    positive: [
      'STRIPE_RESTRICTED_KEY=rk_live_pOrKq83hXqHCW4x30LUVKo59',
      'stripe:\n  restricted_key: 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',
      'const stripe = new Stripe("rk_live_6i9bFt1MGgqj76efeHH6Pjzf");',
      'STRIPE_KEY: rk_prod_51JI62C25YMw6t2n388sv1Fk3fn1t9IWTqp61Le4ke5eRTG8p3XuHdOo8BlL3XxPoDm8of6VHvJugWzfGDG2Mfpq0ixOh6AyRH',
    ],
    negative: [
      'STRIPE_RESTRICTED_KEY=rk_live_000000000000000000000000',
      'STRIPE_RESTRICTED_KEY=rk_live_your_restricted_key_here',
      'STRIPE_RESTRICTED_KEY=rk_live_tooShort123',
      'rk_stage_tKRGqwWZf05gDA1nutrzxnixG6SxDQ9O', // not a Stripe mode
    ],
  },
});

export const stripeTestKey = defineDetector({
  id: 'stripe-test-key',
  provider: 'Stripe',
  title: 'Test-mode secret or restricted key',
  // Test keys move no money but still read and write the test account's data.
  severity: 'low',
  keywords: ['sk_test_', 'rk_test_'],
  pattern: String.raw`\b([sr]k_test_${BODY})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'STRIPE_SECRET_KEY=sk_test_VTprl2m8ismBZWKPp51NTT70',
      '{ "stripeKey": "rk_test_51xWZSjx09HWtbt1qNkRImyXazCKTwXnB2SYAx3UNx9cnzX6NreUzZ85M80Ovd" }',
      "stripe.api_key = 'sk_test_mPlCytV4CP3nwi3Ag5XBAG7T'",
    ],
    negative: [
      'STRIPE_SECRET_KEY=sk_test_0000000000000000000000000000',
      'STRIPE_SECRET_KEY=sk_test_123',
      'pk_test_jjahKkcd2zntnuhdJkWQp7yH6Hy94VzH',
    ],
  },
});

// Webhook endpoint signing secrets: `whsec_` + 32 base62 (dashboard) or 64 hex (Stripe CLI).
// https://docs.stripe.com/webhooks#verify-events
export const stripeWebhookSecret = defineDetector({
  id: 'stripe-webhook-secret',
  provider: 'Stripe',
  title: 'Webhook signing secret',
  // Lets an attacker forge events to your endpoint; no API access.
  severity: 'medium',
  keywords: ['whsec_'],
  pattern: String.raw`\b(whsec_[A-Za-z0-9]{32,64})\b`,
  minEntropy: 3.5,
  remediation: 'Roll the signing secret at dashboard.stripe.com/webhooks (your endpoint → Signing secret → Roll secret).',
  examples: {
    positive: [
      'STRIPE_WEBHOOK_SECRET=whsec_eRqhqWJYAXeRpzds3mOjAqnJcXKV5NDk',
      '{ "stripe": { "webhookSecret": "whsec_62ac20172de3d4a5152cdffc0268bbc9387abb50cd107d1c6375281d8fb1eb6a" } }',
      "endpoint_secret = 'whsec_Sdes92eP9Kd7jXLMxvO6mA8R6xzVLPyA'",
    ],
    negative: ['STRIPE_WEBHOOK_SECRET=whsec_...', 'STRIPE_WEBHOOK_SECRET=whsec_gCPnHXigJB7U', 'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const stripeDetectors = [stripeSecretKey, stripeRestrictedKey, stripeTestKey, stripeWebhookSecret];
