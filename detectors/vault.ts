import { Detector, defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

// Vault 1.10+ tokens carry a type prefix: `hvs.` service, `hvb.` batch, `hvr.` recovery, followed by
// base64url (24 characters for root/dev tokens, 90+ for regular ones). Older tokens were `s.`, `b.`,
// `r.` + 24 base62 characters.
// https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes ,
// https://github.com/hashicorp/vault/blob/main/vault/token_store.go (constants TokenPrefix…)

/** A random base62/64url body mixes lowercase, uppercase and digits; `hvs.someLongPropertyName` does not. */
const looksRandom = (secret: string): boolean => alnumClassCount(secret.slice(secret.indexOf('.') + 1)) === 3;
const END = '(?:[^0-9A-Za-z_.-]|$)';

function vaultToken(detector: Omit<Detector, 'provider' | 'keywords' | 'pattern' | 'validate' | 'remediation'> & { prefix: string }): Detector {
  const { prefix, ...rest } = detector;
  return defineDetector({
    ...rest,
    provider: 'HashiCorp Vault',
    keywords: [`${prefix}.`],
    pattern: String.raw`\b(${prefix}\.[0-9A-Za-z_-]{24,400})${END}`,
    minEntropy: 3.5,
    validate: looksRandom,
    remediation: 'Revoke it with `vault token revoke <token>` (or `-accessor`), then issue a new token with a short TTL.',
  });
}

export const vaultDetectors = [
  vaultToken({
    id: 'vault-service-token',
    prefix: 'hvs',
    title: 'Service token',
    severity: 'critical',
    examples: {
      positive: [
        'VAULT_TOKEN=hvs.H5ikRkxUA7Tzddfhalw2Sx7gS6mFdYl4iVKovz8-EnGnPkZyZtNXmBrYmbv8s0JxthQxMiU0TqbDi8DXeisyquc2d1AGayC',
        'vault login hvs.Me1zHxV8yp2F2YL8g6zoqoVs',
        'curl -H "X-Vault-Token: hvs._Exn9XFoBbSYFKwvtmbSCAz--gLWd_OoXTwnEfCt4oiwPZDz0wpAX1aCTHXHHKta4Q84FLEu8pnGCec1cz2weSCsYdkzpBu" https://vault.acme.dev/v1/secret/data/app',
      ],
      negative: [
        'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'VAULT_TOKEN=hvs.abc',
        'const x = hvs.someVeryLongPropertyNameHere;',
        'VAULT_TOKEN=xhvs.2dV5Y5eZpUw9wJjZk0Vs_ZIEIqX6qvJqmU8IF-Pmep8KXYlFFQ2z3GwQJ5FtO2kaKxM6vx', // glued to a word
      ],
    },
  }),
  vaultToken({
    id: 'vault-batch-token',
    prefix: 'hvb',
    title: 'Batch token',
    severity: 'high',
    examples: {
      positive: [
        'VAULT_TOKEN=hvb.dNL2J2f9sSbJq47nBKWmoxcc-fyRBKwwWVMp1PfZy2q2F-zw0eeDnFC07_Kz3lfSW1uGMaqo5YhqZ3s0EyCGdPwyu78866oVx2L1ycFJCa8rsstZcshpbamQI46lg52wf0goS7_x0z8F',
        '{ "auth": { "client_token": "hvb.0y5QhBRHRvfqsCa0atKBoZpEBblQ2UXpuyhTxr-Ybe3rBZZerA8suGmypLNh2xIo8wSHBybI1wGjVbwgyRoboYhgeC-ysztCZfhut8-7JsOxrP-ailvaAOaYqGac4VdKAkbnfYww8g6n" } }',
        'token: hvb.gkUhwN5veweSWFlBv1zKIttN3x',
      ],
      negative: ['VAULT_TOKEN=hvb.tooshortxxx', 'VAULT_TOKEN=hvb.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'VAULT_TOKEN=hvx.dNL2J2f9sSbJq47nBKWmoxcc-fyRBKwwWVMp1PfZy2q2F'],
    },
  }),
  vaultToken({
    id: 'vault-recovery-token',
    prefix: 'hvr',
    title: 'Recovery token',
    severity: 'critical',
    examples: {
      positive: [
        'VAULT_RECOVERY_TOKEN=hvr.tLvSPvapfV_OpV_kRYlnghYj2H00hVYKTfotoOrioO89WfE9fUdPmyvX9BlD5SRIw385J00fqhpU0bP0vCCt9rCy3EOph97ovsns',
        "token = 'hvr.eaB741UnP3fl_OZYx2AR7AF8tfBsrbq_5gF0sCSU9zXGlALJ5xdUpnZo93BLwN8SxQeI6c29bvAlFMXqElwp2QuwoJz4p-lBNkP4'",
        'recovery: hvr.JujXxhIkcpUcCzryDfxFrlu1',
      ],
      negative: ['VAULT_RECOVERY_TOKEN=hvr.placeholder', 'VAULT_RECOVERY_TOKEN=hvr.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'VAULT_RECOVERY_TOKEN=hvr.someRecoveryTokenPlaceholderValue'],
    },
  }),
  defineDetector({
    id: 'vault-legacy-token',
    provider: 'HashiCorp Vault',
    title: 'Token (pre-1.10 format)',
    severity: 'critical',
    keywords: ['vault'],
    // `s.`/`b.`/`r.` + 24+ characters is too common in code (`s.makeConfig`), so the name must say vault.
    pattern: String.raw`(?i:vault)[\w.-]{0,30}?["'\x60]?(?:[ \t]*(?::=|=>|[:=])[ \t]*|[ \t]+)["'\x60]?\b([sbr]\.[0-9A-Za-z_-]{24,300})${END}`,
    minEntropy: 3.5,
    validate: looksRandom,
    remediation: 'Revoke it with `vault token revoke <token>`, then issue a new token with a short TTL.',
    examples: {
      positive: [
        'VAULT_TOKEN="s.xb15zKUSnlKVhcMgJjIKpISS"',
        'vault_token: b.WpjAGulgh5HTIpAIwunHsjVU',
        'java -jar app.jar -vaultToken s.uZaI0YjWYQDS5zMUIVbO7680',
      ],
      negative: [
        'VAULT_TOKEN="s.xxxxxxxxxxxxxxxxxxxxxxxx"',
        'vault.s.makeKubeConfigController = args',
        'token: s.xb15zKUSnlKVhcMgJjIKpISS', // no vault name nearby
        'VAULT_TOKEN="s.xb15zKUSnlKVhcMg"', // too short
      ],
    },
  }),
  defineDetector({
    id: 'vault-unseal-key',
    provider: 'HashiCorp Vault',
    title: 'Unseal key share',
    severity: 'critical',
    keywords: ['unseal'],
    // `vault operator init` prints `Unseal Key N: <base64>`; a Shamir share of the 32-byte key is 33
    // bytes, 44 base64 characters. https://developer.hashicorp.com/vault/docs/commands/operator/init
    pattern: String.raw`(?i:unseal)(?:[_ \t-]*(?i:key)[ \t]*\d{0,2}["']?[ \t]*[:=]|[ \t]+)[ \t]*["']?([A-Za-z0-9+/]{44})(?:[^A-Za-z0-9+/=]|$)`,
    minEntropy: 4.0,
    validate: (secret) => alnumClassCount(secret) === 3,
    remediation: 'Rekey Vault (`vault operator rekey`) so the leaked share is useless, and keep shares out of repositories.',
    examples: {
      positive: [
        'Unseal Key 1: jp1cStYlwuCxr8Y42+8W+xqYQHAAefiY7BWEQO2Zx8am',
        'kubectl exec vault-0 -- vault operator unseal RAug3ZRYXEmpS70C9cctZ9sln+TWyo3TRKpoeYlUQkRt',
        'unseal_key: DckuA/nKYWHRXe6iQBgO4RMokewxkmO5tQZ8Iv5QKNt7',
      ],
      negative: [
        'Unseal Key 1: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'vault operator unseal RAug3ZRYXEmpS70C9cctZ9sln+TWyo3TR', // too short
        'Unseal Key 1: <unseal-key>',
      ],
    },
  }),
];
