import { defineDetector } from '../src/detector';

// Facebook (Meta) Graph API access tokens start `EAA` and run to 100-250 alphanumerics.
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens
// App access tokens are `<app id>|<app secret or 27-char token>`; app secrets are 32 hex:
// both need the name facebook (or an fb-prefixed variable) nearby.
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens
const REVOKE = 'Reset the app secret at developers.facebook.com/apps (App settings → Basic) and invalidate user/page tokens by changing the password or removing the app.';

export const facebookAccessToken = defineDetector({
  id: 'facebook-access-token',
  provider: 'Facebook',
  title: 'Graph API access token',
  severity: 'high',
  keywords: ['eaa'],
  pattern: String.raw`\b(EAA[A-Za-z0-9]{80,400})\b`,
  minEntropy: 4.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'FACEBOOK_PAGE_TOKEN=EAACc3j27xdcg2lMLzgeonyLGcTJFiz4soCmZ9cpvnpKnA1hEDCM4PmBxdUcl1MhOoSfAqFdpRaj71FtQUwOgSBEkxGZG2SYE9B2rANN76DeYtZaEkoMxrRVFTVA9aw7HIPtGADdzfLrjMcgMuxIapYHZa',
      "url = 'https://graph.facebook.com/me/friends?access_token=EAAMNAR3zlT4BNLZ2mpkGCJNcQAxnV1SYEEFNloPAmXXndI9le1kI3YLoJT6O0nPuMKvo8jMr8Y4emFaDGGCg9QPvtZQa05mfShL7uEIOejp2nnERN66NvBERacPDCLSXhkIFXI5cVqushl8IlC7Be6WsT9CBmoEeEuTUIEEciXvC57vvtIy96VWFre5E32a8y'",
      '- name: FACEBOOK_TOKEN\n  value: "EAAGB3fkAnqYYlAmEFFoHQ4auVY7vsldcd1iFhwgBTmFeBO9sHfxnq6fQ5AXTJrnMhKw5Vq7cf5PUZqQMobzzw6M4NYOl6UNIIfW152CtE8R0KHceR"',
    ],
    negative: ['eaaaC0b75a9329fded2ffa9a02b47e0117831b82', 'FACEBOOK_TOKEN=EAAC7N1aYohfrUt11ncUE1CR3mCrtRkWTpykBpIZdMBx', 'FACEBOOK_TOKEN=EAACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const facebookAppToken = defineDetector({
  id: 'facebook-app-token',
  provider: 'Facebook',
  title: 'App access token',
  severity: 'high',
  keywords: ['facebook'],
  pattern: String.raw`(?i:facebook)[\s\S]{0,40}?\b([0-9]{13,17}\|(?:[A-Za-z0-9_-]{27}|[0-9a-f]{32}))(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: ['facebook 4320171851337420|8EWcisUycL0xQ56ZAwr7paMPbfx', '{"facebook access_token":"148540581075864|_DbI2EWqR8T4-Lc4lVgnwamSi-Z","token_type":"bearer"}', 'FACEBOOK_APP_TOKEN=6818096080868917|252edc87ff4adfa36d0840164709ab7f'],
    negative: ['facebook 1791894386066892|abbRdsXooYbY', 'APP_TOKEN=1232146166823601|ZtuOrYJ9NDE9SYXOaWUkMHR7JMp', 'facebook 0000000000000000|xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const facebookAppSecret = defineDetector({
  id: 'facebook-app-secret',
  provider: 'Facebook',
  title: 'App secret',
  severity: 'high',
  keywords: ['facebook', 'fb_', 'fb-', 'fbapi', 'fbapp', 'fbsecret', 'fbkey', 'fbclient'],
  pattern: String.raw`(?i:facebook|fb_|fb-|fbapi|fbapp|fbsecret|fbkey|fbclient)[\w.-]{0,25}?["']?\s*[:=]\s*["']?([0-9a-f]{32})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ['facebook_app_secret = "cedbd6b0165debbc6530a2c6a8835c4a"', "    var fbApiKey = 'bd5c652a9f30b1789a6c52cf63c03378';", '# config.facebook.key = "ec16c03888ad3e21c5cf5f1dfd9c9b9f"', 'FB_APP_SECRET=89900715dc1ac1a27df8713e4731de36'],
    negative: ['\\"fbconnectkey\\";s:32:\\"1b43be4de8db4947f39b886876761108\\";', 'facebook_app_secret = "8d013782257bffb6aaf4"', 'APP_SECRET=23e6ed8c4b4a95db3ea22dfe9029629f', 'facebook_app_secret = "00000000000000000000000000000000"'],
  },
});

export const facebookDetectors = [facebookAccessToken, facebookAppToken, facebookAppSecret];
