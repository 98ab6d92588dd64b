import { defineDetector } from '../src/detector';

export const supabasePat = defineDetector({
  id: 'supabase-pat',
  provider: 'Supabase',
  title: 'Personal access token (Management API)',
  severity: 'critical',
  keywords: ['sbp_'],
  // `sbp_` + 40 lowercase hex. https://supabase.com/docs/reference/api/introduction#authentication
  pattern: String.raw`\b(sbp_[a-f0-9]{40})\b`,
  minEntropy: 3.0,
  remediation: 'Revoke it at supabase.com/dashboard/account/tokens, then create a new one.',
  examples: {
    positive: [
      'SUPABASE_ACCESS_TOKEN=sbp_c27be685fba10de53238622fe7fc585814b0851b',
      '{ "supabaseToken": "sbp_f6d77d02a3e1ec6b542faade2b7b6e68d5230038" }',
      'curl -H "Authorization: Bearer sbp_dbcf52412696936513e7827e4250a2e547569823" https://api.supabase.com/v1/projects',
    ],
    negative: [
      'SUPABASE_ACCESS_TOKEN=sbp_' + '0'.repeat(40),
      'SUPABASE_ACCESS_TOKEN=sbp_2644c56db83df577a6bb', // too short
      'SUPABASE_ACCESS_TOKEN=sbp_7dUvLWDdIrB1gdlJ6qPOD8pBiW71S9jiMVDJQn33', // not hex
    ],
  },
});

export const supabaseSecretKey = defineDetector({
  id: 'supabase-secret-key',
  provider: 'Supabase',
  title: 'Secret API key (`sb_secret_`)',
  // Bypasses Row Level Security: full access to the project's data.
  severity: 'critical',
  keywords: ['sb_secret_'],
  // `sb_secret_` + random characters and a short checksum part (about 31 characters).
  // https://supabase.com/docs/guides/api/api-keys
  pattern: String.raw`\b(sb_secret_[A-Za-z0-9_-]{28,64})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the key in the dashboard (Project Settings → API Keys) and create a new one.',
  examples: {
    positive: [
      'SUPABASE_SECRET_KEY=sb_secret_XMrf6G8ZgGlFrG1AgGB4AV_mYhiqeXI',
      '{ "serviceKey": "sb_secret_K41EqiXSUo6qskrACOrrgH_XYUgSk8a" }',
      "createClient(url, 'sb_secret_Q4bcGLzV50ZkqZpom5mvOE_NDGqC395')",
    ],
    negative: [
      'SUPABASE_SECRET_KEY=sb_secret_...',
      'SUPABASE_SECRET_KEY=sb_secret_NJ6iBYzD5u', // too short
      'SUPABASE_PUBLISHABLE_KEY=sb_publishable_WHDKtZbfhfoMkmKbOmIbZs_N6j6sZxd', // meant to be public
    ],
  },
});

export const supabaseDetectors = [supabasePat, supabaseSecretKey];
