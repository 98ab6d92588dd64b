import { defineDetector } from '../src/detector';

// Contentful personal access tokens (Content Management API): `CFPAT-` + 43 URL-safe characters.
// https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api

export const contentfulPat = defineDetector({
  id: 'contentful-pat',
  provider: 'Contentful',
  title: 'Personal access token (Content Management API)',
  severity: 'high',
  keywords: ['cfpat-'],
  pattern: String.raw`\b(CFPAT-[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke the token at app.contentful.com/account/profile/cma_tokens, then create a new one.',
  examples: {
    positive: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-9-i5pbiFUuvlhKZXg8dF4fWcVeE7i2L1jcGxCaRezjW',
      'const client = contentful.createClient({ accessToken: "CFPAT-ift94X9udW6Zbctvm4w_4wgvex7wgajAhNShscKwzJ3" });',
      'contentful space list --management-token CFPAT-4ismdwzdljB5ThlMSYBx_SwSjEWjwpmNqBglcGEDX2j',
    ],
    negative: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-aKfGmZWZKS9IX8V3TrLV_wlAmtJ6QVq5ZqLMsZ',
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-your-token',
    ],
  },
});

export const contentfulDetectors = [contentfulPat];
