import { defineDetector } from '../src/detector';

// X (Twitter) app-only bearer tokens: 21 `A`s + URL-encoded base64 (about 112 characters in all).
// https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens
// Consumer (API) keys are 18-25 alphanumerics and consumer/access-token secrets 35-50: both need
// the name twitter nearby. https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret
const REVOKE = 'Regenerate the keys and tokens in the X developer portal (developer.x.com → Projects & Apps → Keys and tokens).';

export const twitterBearerToken = defineDetector({
  id: 'twitter-bearer-token',
  provider: 'X (Twitter)',
  title: 'App-only bearer token',
  severity: 'high',
  keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
  pattern: String.raw`\b(A{21}[A-Za-z0-9%]{60,130})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ['TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAc3j27xdcg2lMLzgeonyL%3DGcTJFiz4soCmZ9cpvnpKnA1hEDCM4PmBxdUcl1MhOoSfAqFdpRaj71FtQUwO', 'curl -H "Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAgSBEkxGZG2SYE9B2rANN76DeYtZaEkoMxrRVFTVA9aw7HIPtGADdzfLrjMcgMuxIapYHZaNAR3zlT4BNLZ2mpkGCJNc" https://api.x.com/2/tweets/20', '{ "bearer_token": "AAAAAAAAAAAAAAAAAAAAAQAxnV1SYEEFNloPAmXXndI9le1kI3YLoJT6O0nPuMKvo8jMr8Y4emFaDGGCg9QPvtZQa05mfShL7uEIOejp2nnERN66" }'],
    negative: ['TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAANvBERacPDCLSXhkIFXI5', 'TWITTER_BEARER_TOKEN=' + 'A'.repeat(112), 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const twitterApiSecret = defineDetector({
  id: 'twitter-api-secret',
  provider: 'X (Twitter)',
  title: 'Consumer or access-token secret',
  severity: 'high',
  keywords: ['twitter'],
  pattern: String.raw`(?i:twitter)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9]{35,50})\b`,
  minEntropy: 4.0,
  remediation: REVOKE,
  examples: {
    positive: ["TWITTER_API_SECRET = 'cVqushl8IlC7Be6WsT9CBmoEeEuTUIEEciXvC57vvt'", '{ "twitterConsumerSecret": "Iy96VWFre5E32a8yB3fkAnqYYlAmEFFoHQ4auVY7vsldcd1iFh" }', 'twitter_access_token_secret: wgBTmFeBO9sHfxnq6fQ5AXTJrnMhKw5Vq7cf5PUZqQMob'],
    negative: ['TWITTER_API_SECRET = "zzw6M4NYOl6UNIIfW152"', 'API_SECRET = "CtE8R0KHceR7N1aYohfrUt11ncUE1CR3mCrtRkWTpykBpIZdMB"', "Twitter(auth=OAuth('x1RPxJyDoHcGoipozX9ErMM0e', 'QLtAweitCLORxWis8hgnwKZ2ys5OFa75uYIcdMo46AYjkp4gy0'))"],
  },
});

export const twitterApiKey = defineDetector({
  id: 'twitter-api-key',
  provider: 'X (Twitter)',
  title: 'Consumer (API) key',
  // Identifies the app; harmful only with its secret.
  severity: 'low',
  keywords: ['twitter'],
  pattern: String.raw`(?i:twitter)[\w.-]{0,20}?(?i:key|id)["']?\s*[:=]\s*["']?([A-Za-z0-9]{18,25})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ["# TWITTER_API_KEY = '8VdUpNGu30zp7tHNP5YFTi'", '     TWITTER_ID:               "y7UQ6t2BWgFCcVjaxRf6",', '{ "twitterConsumerKey": "BNz3EbzCLiVry6IeJh5uh1rsc" }'],
    negative: ["TWITTER_API_KEY = '84fl8sFwOchj'", "API_KEY = 'S1ujoKhg16jQTqY9235nNT2J9'", 'TWITTER_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxx"'],
  },
});

export const twitterDetectors = [twitterBearerToken, twitterApiSecret, twitterApiKey];
