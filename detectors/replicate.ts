import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

const REVOKE = 'Delete the token at replicate.com/account/api-tokens, then create a new one.';

export const replicateApiToken = defineDetector({
  id: 'replicate-api-token',
  provider: 'Replicate',
  title: 'API token',
  severity: 'high',
  keywords: ['r8_'],
  // `r8_` + 37 alphanumerics (https://replicate.com/docs/reference/http#authentication shows the
  // prefix; the length is what gitleaks/betterleaks `replicate.go` and trufflehog match).
  pattern: String.raw`\b(r8_[0-9A-Za-z]{37})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'REPLICATE_API_TOKEN=r8_hRI05J14crOSIRJTVAycXgxZfKy9Ov25UlY5c',
      '{ "replicate_token": "r8_BOAvSQNNbT4ASLvIOm68INtpAPXsnzNXNtVqs" }',
      'replicate = Client(api_token="r8_AMCtrQvAE7Rs2dD3QTZwByWWEMfrFi6r33wNF")',
      'curl https://api.replicate.com/v1/predictions -H "Authorization: Bearer r8_5bWy6RATia6aIMRJXuuK9m2pvio3EumLgUYcA"',
    ],
    negative: [
      'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'REPLICATE_API_TOKEN=r8_4NDmaVZPpNILtnkQsjWEnTuxRQZVuX', // too short
      'REPLICATE_API_TOKEN=r8_NlKyyfu2JOW1AuVN8UosGaIbBpjgjvYxf4CayR', // too long
      'REPLICATE_API_TOKEN=r9_BUIIjird48RWLYxItfOSOYNcHQHkbu1qfxerK', // wrong prefix
      'car8_zitIcj46l0q2KweWv7YZ2XXfmNfE8G1M47G7Q', // glued to a word
    ],
  },
});

export const replicateRptToken = defineDetector({
  id: 'replicate-rpt-token',
  provider: 'Replicate',
  title: 'API token (rpt_ format, unconfirmed)',
  // Lower confidence: one published guide describes `rpt_` + 16 to 32 alphanumerics; Replicate's
  // own docs show only `r8_`. Guarded by entropy and by requiring upper, lower and digits.
  severity: 'medium',
  keywords: ['rpt_'],
  pattern: String.raw`\b(rpt_[0-9A-Za-z]{16,32})\b`,
  minEntropy: 3.8,
  validate: (secret) => alnumClassCount(secret.slice('rpt_'.length)) === 3,
  remediation: REVOKE,
  description: 'The rpt_ format comes from one third-party guide; Replicate documents r8_ tokens.',
  examples: {
    positive: [
      'REPLICATE_API_TOKEN=rpt_0EZhECc86ZfaQv2iiOBObhjB',
      'replicate:\n  token: "rpt_Zet8l3XhFDyxUF1LEkNiuP3q"',
      'const replicate = new Replicate({ auth: "rpt_HzUYAd32ywczKzDIXJlK32Kx" });',
    ],
    negative: [
      'rpt_weekly_sales_summary_v2', // an identifier: no digits-and-case mix, low entropy
      'REPORT_ID=rpt_ABCDEFGHIJKLMNOP',
      'REPLICATE_API_TOKEN=rpt_0n7IAdbaNmoW', // too short
      'REPLICATE_API_TOKEN=rpt_your_token_here_1234',
      'report_rpt_B3Yw37Hcc00MKM31Wuk1aTAd', // glued to a word
    ],
  },
});

export const replicateDetectors = [replicateApiToken, replicateRptToken];
