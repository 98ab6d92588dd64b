import { defineDetector, Detector } from '../src/detector';

// Shopify tokens: a 5-letter kind prefix + `_` + 32 characters (hex until 2023, then longer/base62
// for app secrets). shpat_ Admin API access token, shpca_ custom-app token, shppa_ private-app
// password, shpss_ app shared secret.
// https://shopify.dev/docs/apps/auth/access-token-types
// https://shopify.dev/changelog/app-secret-key-length-has-increased
const BODY = '[A-Za-z0-9]{32,64}';
const REVOKE = 'Uninstall or rotate it in the Shopify admin (Apps → Develop apps → API credentials) or the Partner Dashboard, then update its users.';

function shopify(id: string, prefix: string, title: string, severity: Detector['severity'], contexts: string[]): Detector {
  return defineDetector({
    id,
    provider: 'Shopify',
    title,
    severity,
    keywords: [prefix],
    pattern: String.raw`\b(${prefix}${BODY})\b`,
    minEntropy: 3.3,
    remediation: REVOKE,
    examples: {
      positive: contexts,
      negative: [`SHOPIFY_TOKEN=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `SHOPIFY_TOKEN=${prefix}5f2a9c01`, `SHOPIFY_TOKEN=my${prefix.slice(2)}${'0f'.repeat(16)}`],
    },
  });
}

export const shopifyDetectors = [
  shopify('shopify-access-token', 'shpat_', 'Admin API access token', 'critical', [
    'SHOPIFY_ACCESS_TOKEN=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',
    '$token = "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";',
    'curl -H "X-Shopify-Access-Token: shpat_A9aw7HIPtGADdzfLrjMcgMuxIapYHZaNAR3zlT" https://shop.myshopify.com/admin/api/2024-01/shop.json',
  ]),
  shopify('shopify-custom-app-token', 'shpca_', 'Custom app access token', 'critical', [
    'SHOPIFY_TOKEN=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',
    '{ "shopify": { "token": "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" } }',
    "const session = { accessToken: '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' };",
  ]),
  shopify('shopify-private-app-password', 'shppa_', 'Private app password', 'critical', [
    'SHOP_PASSWORD=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',
    'shopify:\n  password: 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',
    'https://key: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@shop.myshopify.com/admin/orders.json',
  ]),
  shopify('shopify-shared-secret', 'shpss_', 'App shared secret', 'high', [
    'SHOPIFY_API_SECRET=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',
    '{ "apiSecretKey": "shpss_5YFTiy7UQ6t2BWgFCcVjaxRf6BNz3Ebz" }',
    "ShopifyAPI::Context.setup(api_secret_key: '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')",
  ]),
];
