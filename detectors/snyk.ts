import { defineDetector } from '../src/detector';

export const snykDetectors = [
  defineDetector({
    id: 'snyk-api-token',
    provider: 'Snyk',
    title: 'API token',
    severity: 'high',
    keywords: ['snyk'],
    // Snyk API tokens (and service-account tokens) are UUIDs, so `snyk…` must name the value.
    // https://docs.snyk.io/snyk-api/authentication-for-api
    pattern: String.raw`(?i)snyk[\w.-]{0,25}?["']?[ \t]*(?::{1,3}=|\?=|=>|[:=])[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
    minEntropy: 3.0,
    remediation: 'Revoke and regenerate the token at app.snyk.io/account (or the service account\'s page).',
    examples: {
      positive: [
        'SNYK_TOKEN=3f9a1c2e-7b44-4d0e-9c61-5a8e2f0b7d93',
        'env:\n  SNYK_TOKEN: "b2e7d913-48a5-4c6f-a0d2-91e3c7f58b64"',
        'const snykApiKey = "c8410f5e-2d97-4b3a-8e6c-07f9a1d2b5e4";',
      ],
      negative: [
        'SNYK_TOKEN=12345678-ABCD-ABCD-ABCD-1234567890AB',
        'SNYK_ORG_SLUG=acme-corp',
        'TOKEN=3f9a1c2e-7b44-4d0e-9c61-5a8e2f0b7d93', // no snyk name
      ],
    },
  }),
];
