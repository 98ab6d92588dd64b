import { defineDetector } from '../src/detector';

// Square access tokens: production tokens are `EAAA` + 60 base64url characters; legacy personal
// access tokens are `sq0atp-` + 22. OAuth application secrets are `sq0csp-` + 43.
// https://developer.squareup.com/docs/build-basics/access-tokens
// https://developer.squareup.com/docs/oauth-api/overview
const END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

export const squareAccessToken = defineDetector({
  id: 'square-access-token',
  provider: 'Square',
  title: 'Access token',
  severity: 'critical',
  keywords: ['eaaa', 'sq0atp-'],
  pattern: String.raw`(?:^|[^A-Za-z0-9_+/-])(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${END}`,
  minEntropy: 3.5,
  remediation: 'Revoke it in the Square Developer Dashboard (your application → Credentials) or via the OAuth RevokeToken endpoint, then issue a new token.',
  examples: {
    positive: [
      'SQUARE_ACCESS_TOKEN=EAAA575YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0KgodkDINzNlxICAbaG8wy1JZi',
      '{ "square": { "accessToken": "sq0atp-rLnqB0PRfMBH7_WY5YQ1xO" } }',
      "client = Square::Client.new(access_token: 'EAAAy1bAimCaXyMFSb4hBqlxJJLafBvv6Q9RxXTndfYUZx9K1GNNEgeyg1_lWIQd')",
      'curl https://connect.squareup.com/v2/locations -H "Authorization: Bearer EAAA9JjbaCIi05fHFWkvQLuR5qREC8tnECJ9InoRJJ5vFQrtK8J1D-BwwBJKLOg1"',
    ],
    negative: [
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN=sq0atp-qx647KDnL9Cd', // too short
      'digest: sha256:eaaa3ff80b9465aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce60874', // hex digest, lowercase
      'SQUARE_ACCESS_TOKEN=EAAAGO5NvJZZ8gWB8EWcisUycL0xQ56ZAwr7paMPbfxLnphCsKE4r1j_DbI2EWqR8T4-Lc4lVgnwamS', // too long for Square (a Facebook token shape)
    ],
  },
});

export const squareOauthSecret = defineDetector({
  id: 'square-oauth-secret',
  provider: 'Square',
  title: 'OAuth application secret',
  severity: 'critical',
  keywords: ['sq0csp-'],
  pattern: String.raw`\b(sq0csp-[A-Za-z0-9_-]{43})${END}`,
  minEntropy: 3.5,
  remediation: 'Replace the application secret in the Square Developer Dashboard (your application → OAuth), then update the servers that use it.',
  examples: {
    positive: [
      'SQUARE_APP_SECRET=sq0csp-i-Z0OAwDFzP_LVI60zif8-Qr38oNY1DhQCEYTdBkptf',
      'square:\n  application_secret: sq0csp--N-PgZ3Cw0UabbRdsXooYbYMReQLhxM31QZzCMZtuOr',
      'private String clientSecret = "sq0csp-YJ9NDE9SYXOaWUkMHR7JMpy72t3avBFZX06uvzYVMBp";',
    ],
    negative: ['SQUARE_APP_SECRET=sq0csp-KzYrhjOUzRqv3XzaXJrm', 'SQUARE_APP_SECRET=sq0csp-your-application-secret-goes-here-xxxxxxx', 'SQUARE_APP_ID=sq0idp-8MBtGdimrbzXJx-bPyCONe'],
  },
});

export const squareDetectors = [squareAccessToken, squareOauthSecret];
