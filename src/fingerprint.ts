/**
 * A finding's identity: the detector id and a hash of the secret. It does not depend on the file,
 * line or column, so an allowed finding stays allowed when lines move or the file is renamed, and
 * it reveals nothing of a random token. (A short, guessable password could be confirmed by hashing
 * guesses: docs/security.md says so.)
 */
export function fingerprintOf(ruleId: string, secret: string): string {
  const digest = crypto().createHash('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
  return `${ruleId}:${digest.slice(0, 16)}`;
}

/**
 * node:crypto, loaded on the first fingerprint: a clean commit computes none, and loading it costs
 * a few milliseconds of the hook's start-up.
 */
function crypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof import('node:crypto');
}

/** `<detector-id>:<16 hex>`: what `keyguard allow` accepts. */
export const FINGERPRINT_PATTERN = /^[a-z0-9][a-z0-9._-]*:[0-9a-f]{16}$/;
