import { defineDetector } from '../src/detector';

// Sidekiq Pro/Enterprise gem credentials are `<8 hex>:<8 hex>`, given to Bundler as
// BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or in the source URL.
// https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro#installation ,
// https://github.com/sidekiq/sidekiq/wiki/Ent-Installation
const CREDENTIAL = '[0-9a-f]{8}:[0-9a-f]{8}';

export const sidekiqDetectors = [
  defineDetector({
    id: 'sidekiq-gem-credentials',
    provider: 'Sidekiq Pro / Enterprise',
    title: 'Gem server credentials (Bundler setting)',
    severity: 'medium',
    keywords: ['__contribsys__com'],
    pattern: String.raw`(?i:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM)["']?[ \t]*[:=][ \t]*["']?(${CREDENTIAL})\b`,
    remediation: 'Ask Contributed Systems (support@contribsys.com) to rotate the credentials, then update Bundler config in CI.',
    examples: {
      positive: [
        'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=6f377dbf:d1332543',
        'BUNDLE_GEMS__CONTRIBSYS__COM: "9cc3f786:b2da3b98"',
        'ENV BUNDLE_GEMS__CONTRIBSYS__COM=559c2f1c:10b6669e',
      ],
      negative: ['BUNDLE_GEMS__CONTRIBSYS__COM: ${SIDEKIQ_CREDS}', 'BUNDLE_GEMS__CONTRIBSYS__COM=6f377dbf', 'BUNDLE_RUBYGEMS__PKG__GITHUB__COM=9cc3f786:b2da3b98'],
    },
  }),
  defineDetector({
    id: 'sidekiq-gem-url',
    provider: 'Sidekiq Pro / Enterprise',
    title: 'Gem server credentials (source URL)',
    severity: 'medium',
    keywords: ['contribsys.com'],
    pattern: String.raw`\bhttps?://(${CREDENTIAL})@(?:gems|enterprise)\.contribsys\.com\b`,
    remediation: 'Ask Contributed Systems (support@contribsys.com) to rotate the credentials, then move them to BUNDLE_* environment settings.',
    examples: {
      positive: [
        'source "https://6f377dbf:d1332543@gems.contribsys.com/" do',
        'bundle config https://9cc3f786:b2da3b98@enterprise.contribsys.com',
        'url: http://559c2f1c:10b6669e@gems.contribsys.com:443/path',
      ],
      negative: ['source "https://gems.contribsys.com/" do', 'https://6f377dbf:d1332543@gems.example.com/', 'https://user:pass@enterprise.contribsys.com/'],
    },
  }),
];
