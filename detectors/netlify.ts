import { defineDetector } from '../src/detector';

export const netlifyAccessToken = defineDetector({
  id: 'netlify-access-token',
  provider: 'Netlify',
  title: 'Personal access token',
  severity: 'critical',
  keywords: ['nfp_', 'nfc_'],
  // `nfp_` (personal access token) / `nfc_` (CLI-issued token) + 36 alphanumerics.
  // https://docs.netlify.com/api/get-started/#authentication
  // https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns (Netlify)
  pattern: String.raw`\b(nf[pc]_[A-Za-z0-9]{36})\b`,
  minEntropy: 3.5,
  remediation: 'Revoke it at app.netlify.com/user/applications (Personal access tokens), then create a new one.',
  examples: {
    positive: [
      'NETLIFY_AUTH_TOKEN=nfp_JbHQakD2yuHAVpC994ZwqfhDpuZLfK8KRuvU',
      '{ "netlifyToken": "nfp_sMTUd6h7VTtVTXGI4JDUqTas4QAsuEjsTbxi" }',
      'curl -H "Authorization: Bearer nfc_cEOaZ55WfIHezbJF8MxKjI9KYqO0ocL2VmWy" https://api.netlify.com/api/v1/sites',
    ],
    negative: [
      'NETLIFY_AUTH_TOKEN=nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NETLIFY_AUTH_TOKEN=nfp_YobtZGHoa4rcS7IxpPy3', // too short
      'NETLIFY_AUTH_TOKEN=nfp_oxVg2zdYjWyDkdDN1JKzSZklUOrmAmmlrQGLz8av', // too long
    ],
  },
});

export const netlifyDetectors = [netlifyAccessToken];
