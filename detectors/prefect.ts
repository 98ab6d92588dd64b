import { defineDetector } from '../src/detector';

export const prefectDetectors = [
  defineDetector({
    id: 'prefect-api-key',
    provider: 'Prefect',
    title: 'Prefect Cloud API key',
    severity: 'high',
    keywords: ['pnu_', 'pnb_'],
    // Prefect Cloud keys are `pnu_` (user) or `pnb_` (service account / bot) + 36 base62 characters.
    // https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys
    pattern: String.raw`\b(pn[ub]_[0-9A-Za-z]{36})\b`,
    minEntropy: 3.5,
    remediation: 'Delete the key under Prefect Cloud > Settings > API Keys (or the service account), then create a new one.',
    examples: {
      positive: [
        'PREFECT_API_KEY=pnu_EsOhQQfgH9B5Ur6SQvecT5FHunU34YhfknCn',
        'prefect cloud login -k pnu_hgzOm0Gx3ywasLbzAtWB6rd7719qY3RhuzsP',
        'env:\n  PREFECT_API_KEY: "pnb_8wXAwAcS2mp5rAmdvSzEiUqg1fHJBgLb6ubx"',
      ],
      negative: ['PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', 'PREFECT_API_KEY=pnu_EsOhQQfgH9B5Ur6SQvecT5', 'PREFECT_API_KEY=pnx_EsOhQQfgH9B5Ur6SQvecT5FHunU34YhfknCn'],
    },
  }),
];
