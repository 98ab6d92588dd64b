import { defineDetector } from '../src/detector';

// EasyPost API keys: production `EZAK` / test `EZTK` + 54 alphanumerics.
// https://docs.easypost.com/docs/authentication
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/easypost.go (format reference)
// Not preceded by base64 characters: `…+EZAK…` inside a base64 blob is not a key.
const START = String.raw`(?:^|[^A-Za-z0-9+/_-])`;
const REVOKE = 'Delete the key at easypost.com/account/api-keys and create a new one.';

export const easypostApiKey = defineDetector({
  id: 'easypost-api-key',
  provider: 'EasyPost',
  title: 'Production API key',
  severity: 'high',
  keywords: ['ezak'],
  pattern: String.raw`${START}(EZAK[A-Za-z0-9]{54})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ['EASYPOST_API_KEY=EZAKc3j27xdcg2lMLzgeonyLGcTJFiz4soCmZ9cpvnpKnA1hEDCM4PmBxd', '{ "easypost": "EZAKUcl1MhOoSfAqFdpRaj71FtQUwOgSBEkxGZG2SYE9B2rANN76DeYtZa" }', "client = EasyPost::Client.new(api_key: 'EZAKEkoMxrRVFTVA9aw7HIPtGADdzfLrjMcgMuxIapYHZaNAR3zlT4BNLZ')"],
    negative: ['EASYPOST_API_KEY=EZAK2mpkGCJNcQAxnV1SYEEF', 'blob: 6wqX6fNUXA/rYqRvfQ+EZAKNloPAmXXndI9le1kI3YLoJT6O0nPuMKvo8jMr8Y4emFaDGGCg9QPvt', 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const easypostTestKey = defineDetector({
  id: 'easypost-test-key',
  provider: 'EasyPost',
  title: 'Test API key',
  severity: 'low',
  keywords: ['eztk'],
  keywordLines: true,
  pattern: String.raw`${START}(EZTK[A-Za-z0-9]{54})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ['EASYPOST_TEST_KEY=EZTKZQa05mfShL7uEIOejp2nnERN66NvBERacPDCLSXhkIFXI5cVqushl8', '"test_key": "EZTKIlC7Be6WsT9CBmoEeEuTUIEEciXvC57vvtIy96VWFre5E32a8yB3fk"', "easypost.api_key = 'EZTKAnqYYlAmEFFoHQ4auVY7vsldcd1iFhwgBTmFeBO9sHfxnq6fQ5AXTJ'"],
    negative: ['EASYPOST_TEST_KEY=EZTKrnMhKw5Vq7cf5PUZqQMobzzw6M4NYO', 'blob: 6wqX6fNUXA/rYqRvfQ+EZTKl6UNIIfW152CtE8R0KHceR7N1aYohfrUt11ncUE1CR3mCrtRkWTpyk', 'EASYPOST_TEST_KEY=EZTK000000000000000000000000000000000000000000000000000000'],
  },
});

export const easypostDetectors = [easypostApiKey, easypostTestKey];
