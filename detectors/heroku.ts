import { defineDetector } from '../src/detector';

const REVOKE = 'Regenerate the API key at dashboard.heroku.com/account (or revoke the authorization with `heroku authorizations:revoke`), then update clients.';

export const herokuApiKey = defineDetector({
  id: 'heroku-api-key',
  provider: 'Heroku',
  title: 'API key (UUID format)',
  severity: 'critical',
  keywords: ['heroku'],
  // Legacy API keys and OAuth tokens are UUIDs: only trusted under a heroku name (HEROKU_API_KEY …).
  // https://devcenter.heroku.com/articles/authentication#api-token-storage
  pattern: String.raw`(?i)heroku[\w.-]{0,30}?(?:key|token|secret|auth|password)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'HEROKU_API_KEY=ade475cc-b1dd-4c5b-ba5e-c8651e378d24',
      'env:\n  HEROKU_API_KEY: 23303a03-1391-4930-ac78-2a4d10da0e6b',
      'const HEROKU_TOKEN = "dd978127-5d48-4819-a4bb-24834886ce5d";',
    ],
    negative: [
      'HEROKU_APP_ID=c46c306a-a4c9-45a9-90f4-e9578f66eb15', // an ID, not a key
      'API_KEY=348f35bf-3d84-4e8f-bbaa-190ac2615335', // no Heroku name
      'HEROKU_API_KEY=12345678-ABCD-ABCD-ABCD-1234567890AB',
    ],
  },
});

export const herokuApiKeyV2 = defineDetector({
  id: 'heroku-api-key-v2',
  provider: 'Heroku',
  title: 'API key (`HRKU-` format)',
  severity: 'critical',
  keywords: ['hrku-'],
  // `HRKU-AA` + 58 characters of [A-Za-z0-9_-] (format since 2024).
  // https://devcenter.heroku.com/changelog-items/2960  https://devcenter.heroku.com/articles/authentication
  pattern: String.raw`\b(HRKU-AA[A-Za-z0-9_-]{58})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'HEROKU_API_KEY=HRKU-AAIo_sRXysIrzjE5e7kKimkrSeQmh5AkmZz_QnokDVI0wmp3XQCUx7Y708f8',
      'const KEY = "HRKU-AAnjbO-HKXx2nLU14An_8HhcupCYRW_ZzkaMWlgk0ucd6eAvVEYIqkjZvMOI";',
      'curl -n -H "Authorization: Bearer HRKU-AAiz2Cvt-Mh0X1xwfJovDJ7RC-NM_A3MmTJF61lzqUIpFXuPlyl0GBDAZ8x2" https://api.heroku.com/apps',
    ],
    negative: [
      'HEROKU_API_KEY=HRKU-AAF26emfl8l6C6goGidNEqUAtm6-Z07c_yskStrSu_', // too short
      'HEROKU_API_KEY=HRKU-AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HEROKU_API_KEY=HRKU-AAW3yPRK4OstZYdU4VeQjpJa10u2eoJpgQPn4WBTIDilg7V_7W4BhxCDFyKJx1', // too long
    ],
  },
});

export const herokuDetectors = [herokuApiKey, herokuApiKeyV2];
