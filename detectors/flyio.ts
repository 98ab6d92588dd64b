import { defineDetector } from '../src/detector';

// Fly.io tokens. https://fly.io/docs/security/tokens/
const REVOKE = 'Revoke it with `fly tokens revoke` or at fly.io/user/personal_access_tokens (org tokens: fly.io/dashboard → Tokens), then issue a narrower one.';

export const flyioAccessToken = defineDetector({
  id: 'flyio-access-token',
  provider: 'Fly.io',
  title: 'Access token (legacy `fo1_`)',
  severity: 'critical',
  keywords: ['fo1_'],
  // `fo1_` + 43 characters of [A-Za-z0-9_-]. https://fly.io/docs/flyctl/auth-token/
  pattern: String.raw`\b(fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'FLY_API_TOKEN=fo1_y2gjsaXVHA-cbn-tUCfbXgI2BeZiq8l3vZueiTa_sOf',
      'Fly access token: fo1_LSJsMdfHSVdUuesPz5yfLe1uxFTiqM9r3_5RY5GfVpG\n',
      '{ "token": "fo1_wNtGjg2th32lLpLltEqSpL4gep_CNk-JC8FK-VYhMsx" }',
    ],
    negative: [
      'FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FLY_API_TOKEN=fo1__eDo-XACA6DpgAR-FKduKeU6ZpbKge', // too short
      '<input name="authenticity_token" value="7SWa-Fo1_d_QE66-8Kspv0Vzf_0wj0PBSoD3Yr9AgvAGG72J7X_Y">', // glued, wrong case
    ],
  },
});

export const flyioMacaroonToken = defineDetector({
  id: 'flyio-macaroon-token',
  provider: 'Fly.io',
  title: 'Macaroon token (`FlyV1 fm1r_` / `fm1a_` / `fm2_`)',
  severity: 'critical',
  keywords: ['fm1r_', 'fm1a_', 'fm2_'],
  // Current tokens are macaroons: `FlyV1 ` + one or more comma-separated `fm1r_`/`fm1a_`/`fm2_`
  // + long base64. https://fly.io/docs/security/tokens/
  pattern: String.raw`(?:^|[^A-Za-z0-9_])(fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3})`,
  minEntropy: 4.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'FLY_API_TOKEN="FlyV1 fm2_x6x9CvyBwvB7ZWXnlR89KXE7ltYJr/eu34W3bzGl8Hn8ZTh5GeeYCvkiheI3EFn3GPmX316KWN3qV/cYKqbaT+m6s9VLz98G6Fp7/ZdIvPIPXfrniaj2pZzY6bayEN/x3/jCxgswoZ0cQnWqmXoeaxCWAYZkdL8A"',
      '{ "BindToParentToken": "FlyV1 fm1r_QxuOwP+g9/UCwQpOh51XniZlQ4IB6iZLUie1h5+AumbJ2eQaWEO/pEUoWmFJxHoPlyWlXE1QGrhoWYLdIE3oOB2ky0gFWzpa/aOteN14ECm8eYK9WfqWBid3" }',
      '# FLY_API_TOKEN: FlyV1 fm1a_odL6HjqmC3ey2a8ZIdvJzxoJeePo3O7RH8mzbbH5bAMukv1lSCekNLxC3IE44GOhIFIkgXncbkRlEHCEOYTXWmB2xFYt4516rWCvrmtgThoVlYEHnYDp/R73udfiA9jh3DVoqA+dSYKmocc8O7yihMhgCPFc4pVVOAaMoD9q4NUQmC3lKlK8I5a5A6kNExgvW56WVc9L',
    ],
    negative: [
      'FLY_API_TOKEN="FlyV1 fm2_ntBdIpY48AvQfCMeEM1yQTLGzwPJsxdwOmnna6wE"', // too short
      'FLY_API_TOKEN="FlyV1 fm2_' + 'A'.repeat(160) + '"',
      'FLY_API_TOKEN="FlyV1 fm3_bkuGU/gwHjlRqmZfBreavMKepseOF5oBEJrIzqfwXEFI98aAbxnqMlOYiaouEI+IaQN/wg+FJ1DNFw84yG0eRRFEZp0s9g5dZEt6pdMx9sAG9JTx6FPYS7Hsm+aVux836+NC6opuZ97mx762Ie07Mashw/d1Sa+o"', // unknown version
    ],
  },
});

export const flyioDetectors = [flyioAccessToken, flyioMacaroonToken];
