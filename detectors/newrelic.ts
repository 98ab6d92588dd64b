import { defineDetector } from '../src/detector';

// New Relic keys name their kind in a 4-letter tag: NRAK user keys, NRAA admin keys, NRII insert keys,
// NRIQ query keys, NRRA REST keys, NRJS browser keys; ingest license keys end in NRAL. https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/
// Pixie (New Relic's Kubernetes observability) API and deployment keys: px-api-/px-dep- + UUID.
// https://docs.px.dev/reference/admin/api-keys/

export const newrelicUserApiKey = defineDetector({
  id: 'newrelic-user-api-key',
  provider: 'New Relic',
  title: 'User API key',
  severity: 'critical',
  keywords: ['nrak-'],
  pattern: String.raw`\b(NRAK-[A-Z0-9]{27})\b`,
  minEntropy: 3.5,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_API_KEY=NRAK-2AC8TWXQPE9G0HTKLHZZVZZ5VWL',
      'curl -H "API-Key: NRAK-J870SINVE0E6AP1ZNRIJOP6HSCY" https://api.newrelic.com/graphql',
      '{"newrelic": {"userKey": "NRAK-SIYRE6RNOTGXFXB7EHUNA3I2R6D"}}',
    ],
    negative: [
      'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_API_KEY=NRAK-ERFHZY60ODX8VQE4I133MVMH',
      'NEW_RELIC_API_KEY=NRAK-your-user-key',
      'NEW_RELIC_API_KEY=XNRAK-CLW0B3GVGJX45FVU4IG7Q6YNWQB',
    ],
  },
});

export const newrelicAdminApiKey = defineDetector({
  id: 'newrelic-admin-api-key',
  provider: 'New Relic',
  title: 'Admin API key (legacy)',
  severity: 'critical',
  keywords: ['nraa-'],
  pattern: String.raw`\b(NRAA-[a-f0-9]{27})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_ADMIN_KEY=NRAA-68dc5d44036c002e162aaef6076',
      'curl -H "X-Api-Key: NRAA-bc3346eee21f5c7ff43fc2770c7" https://api.newrelic.com/v2/users.json',
      'admin_key: "NRAA-173601e1c771d814e0f33545a3c"',
    ],
    negative: [
      'NEW_RELIC_ADMIN_KEY=NRAA-000000000000000000000000000',
      'NEW_RELIC_ADMIN_KEY=NRAA-89994fa6022136ced620104d',
      'NEW_RELIC_ADMIN_KEY=NRAA-your-admin-key',
    ],
  },
});

export const newrelicInsertKey = defineDetector({
  id: 'newrelic-insert-key',
  provider: 'New Relic',
  title: 'Insights insert key',
  severity: 'high',
  keywords: ['nrii-'],
  pattern: String.raw`\b(NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_INSERT_KEY=NRII-KUNEo2ruIP6UbGf0LbbkBh3PW4Vkyfrg',
      'insertKey: "NRII-DLahSIIymJIIBJuJSO-j5WMgmy0W4M6r"',
      'curl -H "X-Insert-Key: NRII-paDxcNasqjBYJLUnhXFS9MHxgLcHIlBi" https://insights-collector.newrelic.com/v1/accounts/1/events',
    ],
    negative: [
      'NEW_RELIC_INSERT_KEY=NRII-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_INSERT_KEY=NRII-84_OO6_LzP_9Wd24HPYIiu48erHJ',
      'NEW_RELIC_INSERT_KEY=NRII-your-insert-key',
    ],
  },
});

export const newrelicQueryKey = defineDetector({
  id: 'newrelic-query-key',
  provider: 'New Relic',
  title: 'Insights query key',
  severity: 'medium',
  keywords: ['nriq-'],
  pattern: String.raw`\b(NRIQ-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_QUERY_KEY=NRIQ-d-RuSxpFvXdC6K5bEk4RYmoZIzDVBu9d',
      '"querykey": "NRIQ-I9v_bbY8Zn6icpE0Wr0CvUeATh68xRhe",',
      'curl -H "X-Query-Key: NRIQ-Pj1TRRpHVd2VK50gcTi0MG3NClJkWR1J" "https://insights-api.newrelic.com/v1/accounts/1/query?nrql=SELECT%201"',
    ],
    negative: [
      'NEW_RELIC_QUERY_KEY=NRIQ-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_QUERY_KEY=NRIQ-La0zRdvuw-uQcbiOERz1J86qts3o',
      'NEW_RELIC_QUERY_KEY=NRIQ-your-query-key',
    ],
  },
});

export const newrelicRestApiKey = defineDetector({
  id: 'newrelic-rest-api-key',
  provider: 'New Relic',
  title: 'REST API key',
  severity: 'high',
  keywords: ['nrra-'],
  pattern: String.raw`\b(NRRA-[a-f0-9]{42})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_REST_API_KEY=NRRA-32264fa2ba9df8a1285822184aaf4614dc90792f32',
      'curl -H "X-Api-Key:NRRA-46ee72fd40663e78da1070796e656984517ea9ca91" https://api.newrelic.com/v2/applications.json',
      'rest_api_key: NRRA-a291a7457e06a3bf9232cdf287eafdbea13e284142',
    ],
    negative: [
      'NEW_RELIC_REST_API_KEY=NRRA-000000000000000000000000000000000000000000',
      'NEW_RELIC_REST_API_KEY=NRRA-f3a708f4aa5a6d107b0811a7a8b9bbcc9370d7',
      'NEW_RELIC_REST_API_KEY=NRRA-your-rest-key',
    ],
  },
});

export const newrelicBrowserKey = defineDetector({
  id: 'newrelic-browser-key',
  provider: 'New Relic',
  title: 'Browser application key',
  severity: 'low',
  keywords: ['nrjs-'],
  // Shipped in every page of the monitored site: it can only submit browser data.
  pattern: String.raw`\b(NRJS-[a-f0-9]{19})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_BROWSER_KEY=NRJS-ab9b32fed0766bb31ed',
      'licenseKey:"NRJS-04d259b3717bd5c2d6a",applicationID:"601234567"',
      '{"browser_license_key": "NRJS-9a5f04c5503b11606e4"}',
    ],
    negative: [
      'NEW_RELIC_BROWSER_KEY=NRJS-0000000000000000000',
      'NEW_RELIC_BROWSER_KEY=NRJS-8757563e68d1f0e2',
      'NEW_RELIC_BROWSER_KEY=NRJS-your-browser-key',
    ],
  },
});

export const newrelicLicenseKey = defineDetector({
  id: 'newrelic-license-key',
  provider: 'New Relic',
  title: 'Ingest license key',
  severity: 'high',
  keywords: ['nral'],
  keywordLines: true,
  // Region prefix (eu01xx) or 6 hex, 30 hex, then NRAL.
  pattern: String.raw`\b([a-z0-9]{6}[a-f0-9]{30}NRAL)\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_LICENSE_KEY=46a395dfeff8f6f4572bc2c3bdabc4e01fbcNRAL',
      'license_key: d9504bca7a5c59340afef8b0baf3a8c80bc2NRAL',
      'newrelic.licenseKey=b08a9f5c02661449771d833424d61fcd2549NRAL',
      'license: eu01xx61c58790dd2cfb8a5f1b461595919cNRAL',
    ],
    negative: [
      'license_key: xxxxxxxxxxxxxxx',
      '--set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL',
      'license_key: 14914bc781ef02216ef29a54358a557fNRAL',
      'license_key: 000000000000000000000000000000000000NRAL',
    ],
  },
});

export const newrelicLegacyLicenseKey = defineDetector({
  id: 'newrelic-legacy-license-key',
  provider: 'New Relic',
  title: 'Ingest license key (legacy 40-hex format)',
  severity: 'high',
  keywords: ['relic'],
  // Before NRAL-suffixed keys, license keys were 40 hex: anchored to "New Relic" within a few lines before license_key.
  pattern: String.raw`(?is:new[ _-]?relic.{0,200}?license[_-]?key)["']?\s*[:=]\s*["']?([a-f0-9]{40})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'NEW_RELIC_LICENSE_KEY=5a3bc34f9ac5a0a6e39ebbf65b669972d0626373',
      '# Your New Relic license key\nlicense_key: 936081d28a0db506573638acc02d384db001dc5b',
      '{"newrelic_license_key": "b4bb84554433593fde017d4707b72fcdaf171e71"}',
    ],
    negative: [
      '# Your New Relic license key\nlicense_key: b589f6aec38bcacf836ed5a148fd28cbc938NRAL',
      'LICENSE_KEY=27e07c36d29ba78a71cdd24221683cf863fe92f4',
      'NEW_RELIC_LICENSE_KEY=0000000000000000000000000000000000000000',
      'NEW_RELIC_LICENSE_KEY=29ae696fa4bb7840dd51983ebf7c99c18fa6eb',
    ],
  },
});

export const newrelicPixieApiKey = defineDetector({
  id: 'newrelic-pixie-api-key',
  provider: 'New Relic',
  title: 'Pixie API key',
  severity: 'high',
  keywords: ['px-api-'],
  pattern: String.raw`\b(px-api-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'PX_API_KEY=px-api-b2b67d8b-081a-4bd1-ad97-aaf35f3b68f1',
      'px auth login --api_key px-api-4ade9d4a-455b-4817-aa15-1dd64b338ec8',
      'pixie:\n  apiKey: "px-api-0cc5c0b3-aa41-4660-a793-677fa31a2e37"',
    ],
    negative: [
      '--set newrelic-pixie.apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5',
      'PX_API_KEY=px-api-00000000-0000-0000-0000-000000000000',
      'PX_API_KEY=px-api-ba892b3b-a4a3-4a5d-a0b7-c056ebc875',
    ],
  },
});

export const newrelicPixieDeployKey = defineDetector({
  id: 'newrelic-pixie-deploy-key',
  provider: 'New Relic',
  title: 'Pixie deployment key',
  severity: 'high',
  keywords: ['px-dep-'],
  pattern: String.raw`\b(px-dep-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b`,
  minEntropy: 3.0,
  remediation: "Delete the key at one.newrelic.com → API keys (or the account's Ingest keys), then create a new one.",
  examples: {
    positive: [
      'PX_DEPLOY_KEY=px-dep-b10c7ac1-ff65-4255-a845-a94f3489967e',
      'px deploy --deploy_key px-dep-a4bfe513-2148-4250-a07e-2e756aa04ab2',
      'pixie-chart:\n  deployKey: "px-dep-20315989-26e8-4019-a792-f4cece678874"',
    ],
    negative: [
      '--set pixie-chart.deployKey=px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1',
      'PX_DEPLOY_KEY=px-dep-00000000-0000-0000-0000-000000000000',
      'PX_DEPLOY_KEY=px-dep-c843565f-6ef3-406e-a13d-6975bb3f25',
    ],
  },
});

export const newrelicDetectors = [newrelicUserApiKey, newrelicAdminApiKey, newrelicInsertKey, newrelicQueryKey, newrelicRestApiKey, newrelicBrowserKey, newrelicLicenseKey, newrelicLegacyLicenseKey, newrelicPixieApiKey, newrelicPixieDeployKey];
