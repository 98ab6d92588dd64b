import { defineDetector } from '../src/detector';

// Etsy Open API v3 keystrings: 24 lowercase alphanumerics, recognisable only next to the word etsy.
// https://developers.etsy.com/documentation/essentials/authentication
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/etsy.go (format reference)
export const etsyApiKey = defineDetector({
  id: 'etsy-api-key',
  provider: 'Etsy',
  title: 'API keystring',
  severity: 'medium',
  keywords: ['etsy'],
  keywordLines: true,
  // `\b` before the name: `setSysctl` contains "etsy".
  pattern: String.raw`(?:^|[^A-Za-z])(?i:etsy)[\w.-]{0,30}?["']?\s*[:=]\s*["']?([a-z0-9]{24})\b`,
  minEntropy: 3.5,
  remediation: 'Reset the keystring in your Etsy developer account (Your apps → See API key details).',
  examples: {
    positive: ['ETSY_API_KEY=29326ml64lg2tjf8cz2ka7ed', '{ "etsyKeystring": "cmpb3u2m7os5af3r09fquo6s" }', "etsy_api_key: 'begzgsyebannd4yz0emrvftv'"],
    negative: ['ETSY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx', 'ETSY_API_KEY=a0hipgad35l9', 'setSysctl: m26mi0yhz0nartbnlzgcjn2q', 'API_KEY=avsyeefnpaxx3i4iyljtopmk'],
  },
});

export const etsyDetectors = [etsyApiKey];
