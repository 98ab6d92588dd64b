import { createHash } from 'node:crypto';

/**
 * A finding's identity: the detector id and a hash of the secret. It does not depend on the file,
 * line or column, so an allowed finding stays allowed when lines move or the file is renamed, and
 * it reveals nothing of a random token. (A short, guessable password could be confirmed by hashing
 * guesses: docs/security.md says so.)
 */
export function fingerprintOf(ruleId: string, secret: string): string {
  const digest = createHash('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
  return `${ruleId}:${digest.slice(0, 16)}`;
}

/** `<detector-id>:<16 hex>`: what `keyguard allow` accepts. */
export const FINGERPRINT_PATTERN = /^[a-z0-9][a-z0-9._-]*:[0-9a-f]{16}$/;
