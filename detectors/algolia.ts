import { defineDetector } from '../src/detector';

// Algolia API keys are 32 hex without a prefix. Search-only keys are meant for browsers; admin and write keys are
// secret. Matched only after names saying admin/write/api key (never "search"). https://www.algolia.com/doc/guides/security/api-keys/

export const algoliaAdminKey = defineDetector({
  id: 'algolia-admin-key',
  provider: 'Algolia',
  title: 'Admin or write API key',
  severity: 'high',
  keywords: ['algolia'],
  pattern: String.raw`\b(?i:algolia[_.\-]?(?:admin|write|secret|api)[_.\-]?(?:api[_.\-]?)?key)["'\]]{0,2}\s*(?:=>|:=|[:=,])\s*["']?([a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Delete or regenerate the key in the Algolia dashboard (Settings → API Keys), then update your backend.',
  examples: {
    positive: [
      'ALGOLIA_ADMIN_KEY=f7cc7407d5d80a4b5e8f2a6de535be93',
      'ALGOLIA_API_KEY=ab620cc4f22409d5b836465e72a3b224',
      '{"algoliaWriteApiKey": "fa5fa211e8c463f468a503f8c4510091"}',
    ],
    negative: [
      'ALGOLIA_SEARCH_KEY=3102c16e7b84266ee83db6dd4d0d3ce1',
      'ALGOLIA_ADMIN_KEY=00000000000000000000000000000000',
      'ADMIN_KEY=75fc6aa487d278a0781ec600b52d1791',
      'ALGOLIA_ADMIN_KEY=<admin key>',
    ],
  },
});

export const algoliaDetectors = [algoliaAdminKey];
