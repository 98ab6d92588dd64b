import { randomBytes, randomInt } from 'node:crypto';
import RE2 from 're2';
import { detectors } from '../../detectors';
import { isReportable } from '../../src/scan/find-secrets';
import { githubChecksum } from '../../src/validators/github-checksum';

/**
 * Format-valid fake secrets generated at test run time, so end-to-end tests need no literals. Each
 * passes its detector's pattern, validation, entropy and placeholder checks; none is a real key.
 */
export interface FakeSecret {
  detectorId: string;
  secret: string;
  /** One realistic added line containing it, e.g. `GITHUB_TOKEN=ghp_…` (several lines for private keys). */
  line: string;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE64URL = ALNUM + '_-';
const HEX = '0123456789abcdef';
const BASE32 = UPPER + '234567';

function pick(chars: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += chars[randomInt(chars.length)];
  return out;
}

function classic(prefix: string): string {
  const random = pick(ALNUM, 30);
  return prefix + random + githubChecksum(random);
}

function pemBody(header: Buffer, randomLength: number): string {
  const base64 = Buffer.concat([header, randomBytes(randomLength)]).toString('base64');
  return base64.match(/.{1,64}/g)!.join('\n');
}

type Generator = () => { secret: string; line: (secret: string) => string };

const env = (name: string) => (secret: string) => `${name}=${secret}`;

const GENERATORS: Record<string, Generator> = {
  'runway-api-secret': () => ({ secret: 'key_' + pick(HEX, 128), line: env('RUNWAYML_API_SECRET') }),
  'stripe-secret-key': () => ({ secret: 'sk_live_' + pick(ALNUM, 24 + randomInt(76)), line: env('STRIPE_SECRET_KEY') }),
  'stripe-restricted-key': () => ({ secret: 'rk_live_' + pick(ALNUM, 24 + randomInt(76)), line: env('STRIPE_RESTRICTED_KEY') }),
  'stripe-test-key': () => ({ secret: 'sk_test_' + pick(ALNUM, 24 + randomInt(76)), line: env('STRIPE_SECRET_KEY') }),
  'runpod-api-key': () => ({ secret: 'rpa_' + pick(UPPER + DIGITS, 40) + pick(ALNUM, 6), line: env('RUNPOD_API_KEY') }),
  'runpod-legacy-api-key': () => ({ secret: pick(UPPER + DIGITS, 32), line: env('RUNPOD_API_KEY') }),
  'replicate-api-token': () => ({ secret: 'r8_' + pick(ALNUM, 37), line: env('REPLICATE_API_TOKEN') }),
  'replicate-rpt-token': () => ({ secret: 'rpt_' + pick(ALNUM, 24), line: env('REPLICATE_API_TOKEN') }),
  'aws-access-key-id': () => ({ secret: 'AKIA' + pick(BASE32, 16), line: env('AWS_ACCESS_KEY_ID') }),
  'aws-secret-access-key': () => ({ secret: pick(ALNUM + '+/', 40), line: env('AWS_SECRET_ACCESS_KEY') }),
  'github-pat': () => ({ secret: classic('ghp_'), line: env('GITHUB_TOKEN') }),
  'github-oauth': () => ({ secret: classic('gho_'), line: (s) => `oauth_token: ${s}` }),
  'github-app-user-token': () => ({ secret: classic('ghu_'), line: (s) => `"token": "${s}",` }),
  'github-app-installation-token': () => ({ secret: classic('ghs_'), line: env('INSTALLATION_TOKEN') }),
  'github-refresh-token': () => ({ secret: classic('ghr_'), line: (s) => `"refresh_token": "${s}",` }),
  'github-fine-grained-pat': () => ({ secret: `github_pat_11${pick(UPPER + DIGITS, 20)}_${pick(ALNUM, 59)}`, line: env('GITHUB_TOKEN') }),
  'slack-bot-token': () => ({ secret: `xoxb-${pick(DIGITS, 12)}-${pick(DIGITS, 13)}-${pick(ALNUM, 24)}`, line: env('SLACK_BOT_TOKEN') }),
  'slack-user-token': () => ({
    secret: `xoxp-${pick(DIGITS, 12)}-${pick(DIGITS, 12)}-${pick(DIGITS, 12)}-${pick(HEX, 32)}`,
    line: env('SLACK_USER_TOKEN'),
  }),
  'slack-app-token': () => ({ secret: `xapp-1-A${pick(UPPER + DIGITS, 10)}-${pick(DIGITS, 13)}-${pick(HEX, 64)}`, line: env('SLACK_APP_TOKEN') }),
  'slack-config-token': () => ({ secret: `xoxe.xoxp-1-${pick(ALNUM, 163)}`, line: env('SLACK_CONFIG_TOKEN') }),
  'slack-legacy-token': () => ({
    secret: `xoxs-${pick(DIGITS, 10)}-${pick(DIGITS, 10)}-${pick(DIGITS, 10)}-${pick(HEX, 10)}`,
    line: (s) => `"access_token": "${s}"`,
  }),
  'slack-webhook-url': () => ({
    secret: `https://hooks.slack.com/services/T${pick(UPPER + DIGITS, 8)}/B${pick(UPPER + DIGITS, 10)}/${pick(ALNUM, 24)}`,
    line: env('SLACK_WEBHOOK_URL'),
  }),
  'openai-api-key': () => ({ secret: `sk-proj-${pick(BASE64URL, 73)}AT3BlbkFJ${pick(BASE64URL, 73)}A`, line: env('OPENAI_API_KEY') }),
  'openai-service-account-key': () => ({ secret: `sk-svcacct-${pick(BASE64URL, 73)}AT3BlbkFJ${pick(BASE64URL, 73)}A`, line: env('OPENAI_API_KEY') }),
  'openai-admin-key': () => ({ secret: `sk-admin-${pick(BASE64URL, 57)}AT3BlbkFJ${pick(BASE64URL, 57)}A`, line: env('OPENAI_ADMIN_KEY') }),
  'anthropic-api-key': () => ({ secret: `sk-ant-api03-${pick(BASE64URL, 93)}AA`, line: env('ANTHROPIC_API_KEY') }),
  'anthropic-admin-key': () => ({ secret: `sk-ant-admin01-${pick(BASE64URL, 93)}AA`, line: env('ANTHROPIC_ADMIN_KEY') }),
  'google-api-key': () => ({ secret: `AIzaSy${pick(BASE64URL, 32)}${pick(ALNUM, 1)}`, line: env('GOOGLE_API_KEY') }),
  'huggingface-access-token': () => ({ secret: 'hf_' + pick(UPPER + LOWER, 34), line: env('HF_TOKEN') }),
  'huggingface-org-token': () => ({ secret: 'api_org_' + pick(UPPER + LOWER, 34), line: env('HUGGINGFACEHUB_API_TOKEN') }),
  'npm-access-token': () => ({ secret: classic('npm_'), line: (s) => `//registry.npmjs.org/:_authToken=${s}` }),
  'generic-secret': () => ({ secret: pick(ALNUM, 32), line: env('BILLING_SERVICE_API_KEY') }),
  'generic-password': () => ({ secret: pick(UPPER, 4) + pick(LOWER, 4) + pick(DIGITS, 4) + pick('!#%*@^?~', 4), line: env('DB_PASSWORD') }),
  'pem-private-key': () => {
    const body = pemBody(Buffer.from([0x30, 0x82, 0x01, 0x3b]), 300);
    const secret = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    return { secret, line: (s) => s };
  },
  'openssh-private-key': () => {
    const header = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.from([0, 0, 0, 4]), Buffer.from('none')]);
    const secret = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(header, 300)}\n-----END OPENSSH PRIVATE KEY-----`;
    return { secret, line: (s) => s };
  },
};

/** Every non-generic single-line detector id with a generator, plus the generic ones. */
export const SEED_DETECTOR_IDS: readonly string[] = Object.keys(GENERATORS).filter((id) => !id.endsWith('-private-key'));

/** A fresh format-valid fake for `detectorId`; throws for ids without a generator. */
export function fakeSecret(detectorId: string): FakeSecret {
  const generate = GENERATORS[detectorId];
  const detector = detectors.find((candidate) => candidate.id === detectorId);
  if (generate === undefined || detector === undefined) throw new Error(`no fake secret for detector ${detectorId}`);
  const regex = new RE2(detector.pattern, 'g');
  // Randomness can produce a low-entropy or placeholder-looking value: draw again until it passes.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { secret, line: lineFor } = generate();
    const line = lineFor(secret);
    const captured: string[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(line); match !== null; match = regex.exec(line)) captured.push(match[detector.secretGroup ?? 1]);
    if (captured.length === 1 && captured[0] === secret && isReportable(detector, secret)) {
      return { detectorId, secret, line };
    }
  }
  throw new Error(`could not generate a reportable fake for ${detectorId}`);
}
