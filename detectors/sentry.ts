import { defineDetector } from '../src/detector';

// Sentry auth tokens: organization tokens are `sntrys_` + base64 JSON (iat, url, region_url, org) + `_` + 43 base64
// characters; user tokens are `sntryu_` + 64 hex. https://docs.sentry.io/account/auth-tokens/
// A DSN with a secret (`https://<public>:<secret>@…/<project>`) is the legacy form; modern DSNs carry no secret.
// https://docs.sentry.io/concepts/key-terms/dsn-explainer/

export const sentryOrgToken = defineDetector({
  id: 'sentry-org-token',
  provider: 'Sentry',
  title: 'Organization auth token',
  severity: 'high',
  keywords: ['sntrys_'],
  pattern: String.raw`\b(sntrys_eyJ[A-Za-z0-9+/]{40,600}={0,2}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.5,
  remediation: 'Revoke the token at sentry.io → Settings → Auth Tokens (organization tokens), then create a new one.',
  examples: {
    positive: [
      'SENTRY_AUTH_TOKEN=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',
      '[auth]\ntoken=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',
      'sentryWebpackPlugin({ authToken: "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" })',
    ],
    negative: [
      'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE',
      'SENTRY_AUTH_TOKEN=sntrys_eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3Mjk2MzUzNjIuMjk0ODIzLCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsInJlZ2lvbl91cmwiOiJodHRwczovL3VzLnNlbnRyeS5pbyIsIm9yZyI6InFjbG5va3cifQ==',
    ],
  },
});

export const sentryUserToken = defineDetector({
  id: 'sentry-user-token',
  provider: 'Sentry',
  title: 'User auth token',
  severity: 'high',
  keywords: ['sntryu_'],
  pattern: String.raw`\b(sntryu_[a-f0-9]{64})\b`,
  minEntropy: 3.5,
  remediation: 'Revoke the token at sentry.io → User Settings → Personal Tokens, then create a new one.',
  examples: {
    positive: [
      'SENTRY_AUTH_TOKEN=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',
      'sentry-cli --auth-token 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 releases list',
      '{"sentry": {"authToken": "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"}}',
    ],
    negative: [
      'SENTRY_AUTH_TOKEN=sntryu_0000000000000000000000000000000000000000000000000000000000000000',
      'SENTRY_AUTH_TOKEN=sntryu_ff1125cf5ec72ba694165beaecba0afa707e1448c828b4136d3b97429a',
      'SENTRY_AUTH_TOKEN=sntryu_your_token',
      'SENTRY_AUTH_TOKEN=sntryu_06aa0fca51d12afc8e00aa1da5204642bbdb4a78f19e8b8480f3b47c20431658a',
    ],
  },
});

export const sentryDsnSecret = defineDetector({
  id: 'sentry-dsn-secret',
  provider: 'Sentry',
  title: 'DSN with secret key (legacy)',
  severity: 'medium',
  keywords: ['sentry'],
  // Only the secret half (after the colon) is the secret; the public key alone is meant to ship in clients.
  pattern: String.raw`https?://[a-f0-9]{32}:([a-f0-9]{32})@[A-Za-z0-9.\-]*sentry[A-Za-z0-9.\-]*(?::[0-9]+)?/[0-9]+`,
  minEntropy: 3.2,
  remediation: 'Revoke the client key in Sentry (project → Settings → Client Keys (DSN)), create a new one and use the DSN without its secret.',
  examples: {
    positive: [
      'SENTRY_DSN=https://72aa7a6d0018f99ddceb1be0273dbc46:b4550b7ef6bce6a0302cb17cdc70808d@o12345.ingest.sentry.io/4504',
      'Raven.config("https://dfcea25bab29539ad5966d513b1d0090:77b6ad89f65f84992a0f75ae616b1e5d@sentry.io/1234").install();',
      'sentry:\n  dsn: "https://9c30065f846d34530325fed10a47b851:490340494b35ec2daca1760147d301a2@sentry.internal.acme.dev:9000/7"',
    ],
    negative: [
      'SENTRY_DSN=https://832b6ec017c1e1777155a0e9d8f27c7d@o12345.ingest.sentry.io/4504',
      'SENTRY_DSN=https://00000000000000000000000000000000:00000000000000000000000000000000@sentry.io/1',
      'SENTRY_DSN=https://public:secret@sentry.example.com/1',
    ],
  },
});

export const sentryDetectors = [sentryOrgToken, sentryUserToken, sentryDsnSecret];
