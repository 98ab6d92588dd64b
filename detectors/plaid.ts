import { defineDetector } from '../src/detector';

// Plaid Item access tokens: `access-<environment>-<uuid>`; development/production reach real bank data.
// https://plaid.com/docs/api/tokens/#token-exchange-flow
export const plaidAccessToken = defineDetector({
  id: 'plaid-access-token',
  provider: 'Plaid',
  title: 'Item access token',
  severity: 'critical',
  keywords: ['access-production-', 'access-development-'],
  pattern: String.raw`\b(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
  minEntropy: 3.0,
  remediation: 'Remove the Item with /item/remove (or rotate with /item/access_token/invalidate) and rotate your Plaid secret at dashboard.plaid.com/developers/keys.',
  examples: {
    positive: ['PLAID_ACCESS_TOKEN=access-production-eee65f53-e942-1ce5-0211-670eae679f02', '{ "access_token": "access-development-e8d28a79-023c-39c2-0066-1fccd268a29a" }', "client.accounts_get(AccountsGetRequest(access_token='access-production-0d347301-ef56-e64d-c3cd-6089065c3146'))"],
    negative: ['PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000', 'PLAID_ACCESS_TOKEN=access-production-33187c8d', 'PLAID_ACCESS_TOKEN=access-sandbox-e80a9c22-2670-bbe4-f4c5-4977656cf2d1'],
  },
});

// Plaid API secrets: 30 hex, only recognisable next to the word plaid.
export const plaidSecret = defineDetector({
  id: 'plaid-secret',
  provider: 'Plaid',
  title: 'API secret',
  severity: 'critical',
  keywords: ['plaid'],
  pattern: String.raw`(?i:plaid)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([0-9a-f]{30})\b`,
  minEntropy: 3.0,
  remediation: 'Rotate the secret at dashboard.plaid.com/developers/keys, then update the servers that use it.',
  examples: {
    positive: ['PLAID_SECRET=f95247f2866028de71159b42b4ea41', '{ "plaidSecret": "0fb9102f29a422eb14ab2f2d0f0cc0" }', 'config.plaid.secret = "22238daceee2092f073ff80b9465ae"'],
    negative: ['PLAID_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'PLAID_SECRET=f7ac86d66c7a644fb12853ef', 'SECRET=86dcfaea21818b904ce6087413e3b2'],
  },
});

export const plaidDetectors = [plaidAccessToken, plaidSecret];
