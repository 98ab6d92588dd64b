import { defineDetector } from '../src/detector';

// Okta API tokens: `00` + 40 base64url characters, sent as `Authorization: SSWS <token>`.
// https://developer.okta.com/docs/guides/create-an-api-token/main/
// No prefix beyond `00`: require the SSWS scheme or the name okta shortly before (not glued to a
// word: `rookTable` contains "okta").
export const oktaApiToken = defineDetector({
  id: 'okta-api-token',
  provider: 'Okta',
  title: 'API token',
  severity: 'critical',
  keywords: ['okta', 'ssws'],
  pattern: String.raw`(?:SSWS\s+|(?:^|[^A-Za-z])(?i:okta)[\w.-]{0,30}?[\s\S]{0,30}?[\s"'=:])(00[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.8,
  // A new token value under an unchanged `okta…` name (a Terraform variable's `default = "00…"`).
  rescanWhen: { addedLine: String.raw`.*["'=: \t]00[A-Za-z0-9_-]{40}(?:[^A-Za-z0-9_-].*)?` },
  remediation: 'Revoke the token in the Okta Admin Console (Security → API → Tokens), then create a new one.',
  examples: {
    positive: [
      'OKTA_API_TOKEN=00575YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0Kgodk',
      'curl -H "Authorization: SSWS 00DINzNlxICAbaG8wy1JZirLnqB0PRfMBH7_WY5YQ1" https://acme.okta.com/api/v1/users',
      'variable "corp_okta_api_token" {\n  default = "00xOy1bAimCaXyMFSb4hBqlxJJLafBvv6Q9RxXTndf"\n}',
      '"oktaApiToken": "00YUZx9K1GNNEgeyg1_lWIQd9JjbaCIi05fHFWkvQL",',
    ],
    negative: [
      'okta_api_token: 000000000000000000000000000000000000000000aa',
      'OKTA_API_TOKEN=00uR5qREC8tnECJ9InoRJJ5vFQrtK8J1D-BwwBJKL', // too short
      'rookTable = 00Og1qx647KDnL9CdO-_gBvmSZVr4-epzgZ3Zbxcoa', // "okta" inside a word
      'API_TOKEN=00RR-sFIjVO58jb0w-o5pJEjFjtnCRz6YDieSGO5Nv',
    ],
  },
});

export const oktaDetectors = [oktaApiToken];
