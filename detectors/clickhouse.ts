import { defineDetector } from '../src/detector';

export const clickhouseCloudApiSecret = defineDetector({
  id: 'clickhouse-cloud-api-secret',
  provider: 'ClickHouse Cloud',
  title: 'API key secret',
  severity: 'critical',
  keywords: ['4b1d'],
  // Key secrets are `4b1d` + 38 alphanumerics. https://clickhouse.com/docs/cloud/manage/openapi
  pattern: String.raw`\b(4b1d[A-Za-z0-9]{38})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the API key in the ClickHouse Cloud console (Organization → API keys) and create a new one.',
  examples: {
    positive: [
      'CLICKHOUSE_KEY_SECRET=4b1d0FS0RSagiO5zjHnFpykhn89Ym1AN50K6GbiPLe',
      '{ "keySecret": "4b1ds8shHVorXdYfmLbmbR1QKp1QQRfvaEeqiCKM6B" }',
      'curl --user "key_id:4b1dgWl6kZfOYxfHrFFJeXH6lIsBaw150p3qaVEAix" https://api.clickhouse.cloud/v1/organizations',
    ],
    negative: [
      'key = 4b1dXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'key = adf4b1d9aRrqMAvFUSmIzzPmoMu878PbGUfZKSP2bbwpA', // glued to a word
      'key = 4b1dHsiYeMocT5h6nf6noJ85', // too short
    ],
  },
});

export const clickhouseDetectors = [clickhouseCloudApiSecret];
