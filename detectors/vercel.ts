import { defineDetector } from '../src/detector';

// Vercel's prefixed tokens (2025): `vcp_` personal access, `vci_` integration, `vca_` app access,
// `vcr_` app refresh, `vck_` AI Gateway API key, each + alphanumerics.
// https://vercel.com/docs/rest-api#creating-an-access-token
// https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel
export const vercelAccessToken = defineDetector({
  id: 'vercel-access-token',
  provider: 'Vercel',
  title: 'Access token (personal, integration or app)',
  severity: 'critical',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_'],
  pattern: String.raw`(?:^|[^A-Za-z0-9_])(vc[piar]_[A-Za-z0-9]{24,60})(?:[^A-Za-z0-9_]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the token at vercel.com/account/settings/tokens (integration/app tokens: uninstall or rotate the integration), then create a new one.',
  examples: {
    positive: [
      'VERCEL_TOKEN=vcp_Eb89RBr0t5cdJaFYrgG0KRHKm3O2kXwgWKqn9mp7rXS2Xnv4',
      '{ "vercelToken": "vca_Rs9Mu39aHE4DFIdB9WXHEs5zUpKPW0s11sz4CbDBomOJBCbGfEjk7fVR" }',
      'curl -H "Authorization: Bearer vci_1dwTJimc1FoTQKow51pgSJTJArdJoQsJWzUZzZss" https://api.vercel.com/v9/projects',
    ],
    negative: [
      'VERCEL_TOKEN=vcp_abc',
      'VERCEL_TOKEN=vcp_' + 'a'.repeat(40),
      'VERCEL_TOKEN=xvcp_6FopIOO5KKNnKam408bYVgkXojj9orS0s6skSYi6lIi0n47S', // glued to a word
    ],
  },
});

export const vercelAiGatewayKey = defineDetector({
  id: 'vercel-ai-gateway-key',
  provider: 'Vercel',
  title: 'AI Gateway API key',
  severity: 'high',
  keywords: ['vck_'],
  pattern: String.raw`(?:^|[^A-Za-z0-9_])(vck_[A-Za-z0-9]{24,60})(?:[^A-Za-z0-9_]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the key in the Vercel dashboard (AI Gateway → API keys), then create a new one.',
  examples: {
    positive: [
      'AI_GATEWAY_API_KEY=vck_ByIzEJ1QUoVDYOsJF6e5Ti2OwFIrZpXDs7YT348y4ejoQBEI',
      '{ "apiKey": "vck_adDmD6coCvqDZ4OuodhmChC9RfZv5kx9KaZu6QcmsotSnNY0" }',
      "createGateway({ apiKey: 'vck_6DdCDFs7MuAP9by4Rtgw83AWh0jaIZDuWQdiS6qB9dIWLD8d' })",
    ],
    negative: [
      'AI_GATEWAY_API_KEY=vck_123',
      'AI_GATEWAY_API_KEY=vck_<key>',
      'AI_GATEWAY_API_KEY=myvck_io507qteLmObcu8qRtSlCf3y6gGn6enSirReY2qL288DHKTh', // glued to a word
    ],
  },
});

export const vercelDetectors = [vercelAccessToken, vercelAiGatewayKey];
