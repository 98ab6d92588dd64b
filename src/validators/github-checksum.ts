import { encodeBase62, isBase62 } from './base62';
import { crc32 } from './crc32';

/**
 * GitHub's classic tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm's tokens (`npm_`) are
 * `<prefix>_` + 30 random base62 characters + 6 characters of checksum: the CRC-32 of the random
 * part, base62-encoded and left-padded with '0'.
 * https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 * https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
 */
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;

/** The 6-character checksum of a token's 30-character random part. */
export function githubChecksum(randomPart: string): string {
  return encodeBase62(crc32(randomPart), CHECKSUM_LENGTH);
}

/** True when `token` is `<prefix>_` + 30 base62 characters + their valid checksum. */
export function hasValidGithubChecksum(token: string): boolean {
  const body = token.slice(token.lastIndexOf('_') + 1);
  if (body.length !== RANDOM_LENGTH + CHECKSUM_LENGTH || !isBase62(body)) return false;
  return githubChecksum(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
}
