import { defineDetector } from '../src/detector';

// Every OpenAI key embeds `T3BlbkFJ` (base64 of "OpenAI"). Legacy user keys: `sk-` + 20 + marker + 20
// alphanumerics. Project, service-account and admin keys: `sk-proj-` / `sk-svcacct-` / `sk-admin-`,
// then base64url halves (58 or 74 characters in keys seen so far) around the marker.
// https://platform.openai.com/docs/api-reference/authentication (prefixes); lengths from gitleaks `openai.go`.
const HALF = '[A-Za-z0-9_-]{40,100}';
const END = '(?:[^A-Za-z0-9_-]|$)';
const REVOKE = 'Delete the key at platform.openai.com/api-keys (admin keys: /settings/organization/admin-keys), then create a new one.';

export const openaiApiKey = defineDetector({
  id: 'openai-api-key',
  provider: 'OpenAI',
  title: 'API key (user or project)',
  severity: 'critical',
  keywords: ['t3blbkfj'],
  pattern: String.raw`\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-proj-${HALF}T3BlbkFJ${HALF})${END}`,
  minEntropy: 4.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'OPENAI_API_KEY=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',
      '{ "openai_api_key": "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" }',
      'client = OpenAI(api_key="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")',
      'curl https://api.openai.com/v1/models -H "Authorization: Bearer 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"',
    ],
    negative: [
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY=sk-qiigeoDrmuRCSBBoRmzdabcdefghxoxn6aR0WvCbqb5ZnRvU', // no marker
      'OPENAI_API_KEY=sk-ZOYEUo0TjIkNpNwUO6GT3BlbkFJ6Nkx1X0WkYpvtFwzc5Y1', // wrong length
      'OPENAI_API_KEY=sk-proj-your-key-here',
    ],
  },
});

export const openaiServiceAccountKey = defineDetector({
  id: 'openai-service-account-key',
  provider: 'OpenAI',
  title: 'Service account key',
  severity: 'critical',
  keywords: ['t3blbkfj'],
  pattern: String.raw`\b(sk-svcacct-${HALF}T3BlbkFJ${HALF})${END}`,
  minEntropy: 4.0,
  remediation: REVOKE,
  examples: {
    positive: ['OPENAI_API_KEY=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', 'openai:\n  api_key: "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"', 'const openai = new OpenAI({ apiKey: "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" });'],
    negative: ['OPENAI_API_KEY=sk-svcacct-' + 'x'.repeat(58) + 'T3BlbkFJ' + 'x'.repeat(58), 'OPENAI_API_KEY=sk-svcacct-1vpjEvYD71Om2ikiceVET3BlbkFJYX708a61MF1TJwBtILJU', 'sk-svcacct-<your-service-account-key>'],
  },
});

export const openaiAdminKey = defineDetector({
  id: 'openai-admin-key',
  provider: 'OpenAI',
  title: 'Admin API key',
  severity: 'critical',
  keywords: ['t3blbkfj'],
  pattern: String.raw`\b(sk-admin-${HALF}T3BlbkFJ${HALF})${END}`,
  minEntropy: 4.0,
  remediation: REVOKE,
  examples: {
    positive: ['OPENAI_ADMIN_KEY=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', '{ "adminKey": "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" }', 'curl https://api.openai.com/v1/organization/users -H "Authorization: Bearer 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"'],
    negative: ['OPENAI_ADMIN_KEY=sk-admin-' + 'A'.repeat(58) + 'T3BlbkFJ' + 'A'.repeat(58), 'OPENAI_ADMIN_KEY=sk-admin-wg3vI4K9V2xpzouuVkXn103cil8mBp', 'OPENAI_ADMIN_KEY=sk-administrator-CIprATJUrJX0JuYwg4vsZIZRC5mlRjZEyUAHpgXYAYww1i28gqrKuLXgczT3BlbkFJ650uYk5Eedo1RqHOFep4rZJfQ2bhp9MNrRKiZ2DA7FIm7QSGS4nkUR1J9I'],
  },
});

export const openaiDetectors = [openaiApiKey, openaiServiceAccountKey, openaiAdminKey];
