import { defineDetector } from '../src/detector';

// Coinbase API secrets: legacy API keys have a 32-alphanumeric secret; CDP keys have an Ed25519
// secret (88 base64 characters) or an EC PEM key (found by the private-key detector). Neither
// format is distinctive, so the name coinbase must come first.
// https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys
export const coinbaseApiSecret = defineDetector({
  id: 'coinbase-api-secret',
  provider: 'Coinbase',
  title: 'API key secret',
  severity: 'critical',
  keywords: ['coinbase'],
  pattern: String.raw`(?i:coinbase)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32})(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the API key at portal.cdp.coinbase.com (API keys) or coinbase.com/settings/api, then create a new one.',
  examples: {
    positive: ['COINBASE_API_SECRET=dbam0GQeZPc3n8fEkJftRkcB0tZ8bBWt', '{ "coinbaseApiSecret": "kX8eQWThMCojezQGYGCMTBAlgSh7zWQHC9JxMAOQ3gQLPNmr6VSuw5XCj6mv8ywKgp1MXfYP9Yijx6Uf68nCPp==" }', "coinbase_secret: '7bexVFQzGIMDs7JNQfcIi5YDyGQtXiba'"],
    negative: ['COINBASE_API_SECRET=IcOFJzuLJBq6Op3q', 'API_SECRET=0W7mq0jtCkadR9eU7E3XDrp7pi0G63Eb', 'COINBASE_API_KEY_NAME=organizations/378892e9-ecc3-87ab-8b45-85023a0286cc/apiKeys/e33b53f6-8e6f-9833-2883-05d32df5ce9f'],
  },
});

export const coinbaseDetectors = [coinbaseApiSecret];
