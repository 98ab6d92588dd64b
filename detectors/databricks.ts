import { defineDetector } from '../src/detector';

export const databricksApiToken = defineDetector({
  id: 'databricks-api-token',
  provider: 'Databricks',
  title: 'Personal access token',
  severity: 'critical',
  keywords: ['dapi'],
  // `dapi` + 32 lowercase hex, sometimes followed by `-<digit>` (workspace shard).
  // https://docs.databricks.com/en/dev-tools/auth/pat.html
  pattern: String.raw`\b(dapi[a-f0-9]{32}(?:-[0-9]+)?)\b`,
  minEntropy: 3.0,
  remediation: 'Revoke it in the workspace (User settings → Developer → Access tokens) or with the Token Management API, then create a new one.',
  examples: {
    positive: [
      'DATABRICKS_TOKEN=dapi37095b8a9a508f7c3ba394f9f50b3d8a',
      "token: 'dapi58283073ae50d864aa5728c76377c612-2'",
      'curl -H "Authorization: Bearer dapi55597c463339ac1693fe405542388a6f" https://adb-1.azuredatabricks.net/api/2.0/clusters/list',
    ],
    negative: [
      'DATABRICKS_TOKEN=dapi1234',
      'mydapi2b28f4a54e11aad1d87d0c655da4b93b', // glued to a word
      '    dapiDataGetTopLongShortPositionRatio (params?: {}): Promise<implicitReturnType>;',
      'DATABRICKS_TOKEN=dapi5f17dc9c7b2692e1238e99c4f4ba6fda29990f', // too long
    ],
  },
});

export const databricksDetectors = [databricksApiToken];
