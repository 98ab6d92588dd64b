import { defineDetector } from '../src/detector';

// 42 intranet (intra.42.fr) OAuth client secrets: `s-s4t2ud-` (user apps) or `s-s4t2af-` + 64 hex.
// https://api.intra.42.fr/apidoc/guides/getting_started
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/intra42.go (format reference)
export const intra42ClientSecret = defineDetector({
  id: 'intra42-client-secret',
  provider: '42 Intra',
  title: 'OAuth client secret',
  severity: 'high',
  keywords: ['s-s4t2'],
  pattern: String.raw`\b(s-s4t2(?:ud|af)-[0-9a-f]{64})\b`,
  minEntropy: 3.0,
  remediation: 'Generate a new secret for the application at profile.intra.42.fr/oauth/applications.',
  examples: {
    positive: ['FT_CLIENT_SECRET=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', '{ "secret": "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" }', 'curl -F client_secret=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 https://api.intra.42.fr/oauth/token'],
    negative: ['FT_CLIENT_SECRET=s-s4t2ud-0cc022238daceee2092f073ff80b94', 'FT_CLIENT_SECRET=s-s4t2ud-' + '0'.repeat(64), 'FT_CLIENT_SECRET=s-s4t2xx-65aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce6087413e3b266f850'],
  },
});

export const intra42Detectors = [intra42ClientSecret];
