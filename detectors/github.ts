import { Detector, defineDetector } from '../src/detector';
import { hasValidGithubChecksum } from '../src/validators/github-checksum';
import { isJwtStructure } from '../src/validators/jwt-structure';

// Classic tokens: a 3-letter prefix naming the kind, `_`, 30 random base62 characters and a 6-character
// CRC-32 checksum (validated offline).
// https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
// https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats
function classicToken(detector: Omit<Detector, 'pattern' | 'keywords' | 'validate' | 'provider'> & { prefix: string }): Detector {
  const { prefix, ...rest } = detector;
  return defineDetector({
    ...rest,
    provider: 'GitHub',
    keywords: [prefix],
    pattern: String.raw`\b(${prefix}[0-9A-Za-z]{36})\b`,
    validate: hasValidGithubChecksum,
  });
}

export const githubPat = classicToken({
  id: 'github-pat',
  prefix: 'ghp_',
  title: 'Personal access token (classic)',
  severity: 'critical',
  remediation: 'Delete the token at github.com/settings/tokens, then create a new one with the least scope needed.',
  examples: {
    positive: [
      'GITHUB_TOKEN=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',
      '{ "github": { "token": "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" } }',
      'env:\n  GH_TOKEN: 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',
      'const octokit = new Octokit({ auth: "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" });',
      'curl -H "Authorization: Bearer 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" https://api.github.com/user',
      'git clone https://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@github.com/acme/private.git',
    ],
    negative: [
      'GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'GITHUB_TOKEN=ghp_5uRcB6OnYWR7cakMSFkLBUrSkSySvx4AVBXA', // checksum does not match
      'GITHUB_TOKEN=ghp_hY9woE0lEi4di1KHaIepV6cIOWnWGadZ3G8', // too short
      'GITHUB_TOKEN=ghp_BUIIjird48RWLYxItfOSOYNcHQHkbu1qfxerK', // too long
      'GITHUB_TOKEN=abcghp_EE8uFCIYwRYKUU6RB7eAzITEEjmL60lhB0Cb', // glued to a word
      'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}',
    ],
  },
});

export const githubOauth = classicToken({
  id: 'github-oauth',
  prefix: 'gho_',
  title: 'OAuth access token',
  severity: 'critical',
  remediation: 'Revoke the OAuth app\'s access at github.com/settings/applications (or the app owner revokes the token via the API), then re-authorize.',
  examples: {
    positive: [
      'oauth_token: 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',
      '"url": "git+https://octocat: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@github.com/acme/site.git"',
      'GH_OAUTH_TOKEN=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',
    ],
    negative: ['oauth_token: gho_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'oauth_token: gho_YukDrZDUK9UuF9mj7zV1ElAoqWyCih09a8xA', 'oauth_token: gho_qiigeoDrmuRCSBBoRmzd'],
  },
});

export const githubAppUserToken = classicToken({
  id: 'github-app-user-token',
  prefix: 'ghu_',
  title: 'GitHub App user access token',
  severity: 'high',
  remediation: 'Revoke the app\'s authorization at github.com/settings/apps/authorizations, then re-authorize.',
  examples: {
    positive: ['"token": "ghu_A8bxzuq0T6c1tanxp4V7XB60w2KJQE0He7d2",', 'GITHUB_USER_TOKEN=ghu_vgNuyPxPDuUfcWqp25h3Zp9f9SRyPL3r7CbZ', 'token = "ghu_bsluEY5iFwWAsZH292zJxRtGnMcoAG3o2bgX"'],
    negative: ['"token": "ghu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', '"token": "ghu_ZWxr9VRrKiiQj9krO6Agn3xVml1krV43gD5A"', '"token": "ghu_4NDmaVZPpNILtnkQsjWEnTuxRQZVuX"'],
  },
});

export const githubAppInstallationToken = classicToken({
  id: 'github-app-installation-token',
  prefix: 'ghs_',
  title: 'GitHub App installation access token',
  // Expires after an hour, but grants the installation's repository access until then.
  severity: 'high',
  remediation: 'Revoke it with DELETE /installation/token (or wait for its one-hour expiry) and rotate the app\'s private key if that leaked too.',
  examples: {
    positive: [
      'git clone https://x-access-token:ghs_imrEyNgmaY58xD1aU2fxnokS4vddas0lReR1@github.com/acme/repo.git',
      'INSTALLATION_TOKEN=ghs_8RHSqnqvy9p6Spkol78hDTLt5zJsli1j2LOr',
      '{ "token": "ghs_18mg3SJjhKUnFaICcDGLizKKEOOpvr2X1Rxy", "expires_at": "2030-01-01T00:00:00Z" }',
    ],
    negative: ['INSTALLATION_TOKEN=ghs_000000000000000000000000000000000000', 'INSTALLATION_TOKEN=ghs_q8RPOuWmN7WjyR7dhjab8PI9gBAZWB3221pA', 'myghs_y5ksghZ9MIwStLBzjQJAlvmq757tbU1gLNmm' /* glued to a word */],
  },
});

export const githubAppInstallationTokenStateless = defineDetector({
  id: 'github-app-installation-token-stateless',
  provider: 'GitHub',
  title: 'GitHub App installation access token (stateless, ghs_<app id>_<JWT>)',
  severity: 'high',
  keywords: ['ghs_'],
  // Since 2026 installation tokens may be `ghs_` + the app ID + `_` + a JWT signed by GitHub (about
  // 520 characters, no CRC-32): the JWT's structure is what is checked offline.
  // https://github.blog/changelog/2026-04-24-notice-about-upcoming-new-format-for-github-app-installation-tokens/
  // Open repetitions only: the JWT's length varies with its claims, and bounded ones cost compile time.
  pattern: String.raw`\b(ghs_[0-9]{1,12}_(eyJ[A-Za-z0-9_-]+\.ey[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}))(?:[^A-Za-z0-9_.-]|$)`,
  validate: (token) => isJwtStructure(token.slice(token.indexOf('_', 4) + 1)),
  remediation: 'Revoke it with DELETE /installation/token (or wait for its one-hour expiry) and rotate the app\'s private key if that leaked too.',
  examples: {
    positive: [
      'GH_INSTALLATION_TOKEN=ghs_318276_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImJkZWVjYWFhOWE5ZiJ9.eyJpc3MiOiIzMTgyNzYiLCJpYXQiOjE3NzkwODM4MjMsImV4cCI6MTc3OTA4NzQyMywic3ViIjoiaW5zdGFsbGF0aW9ufDUyOTE4Mzc0IiwianRpIjoiNmM2YzU5MmUtOWRhYy00ZDMwLTk2NmItYThhOTFkOWIwYjRkIn0.mNJnnTJPU9Rzv9dAZ2rfJeBMps27g6ySNbhNCivj7hIf6fiwdwlwHIQF_B8cp1-se4U6ro3wlx2XL4VK20gXSWY1FARP4koweBX46G0CCiFvr8wMj8OaUVa5u7lKkTQicXd5AwNGyUchUJomx7Y1VAnER7fG4fCe9feksdiB2LdY8v6U9KTlBrfUzbIccK-0ClJ0fKANDGFRYAWRLJ5i9Dl7LF4WmbHjpJE4bc_vYG9BWo4SSSrOpZYBVdzkUN53pHmW6IZPUPu745v3JO9fVhWzARpl_E2PijbfAHO3RUfSwI5nUPkAALOcBsp5HHjU3sUrtcpvoj947_PmYM6HVw',
      '{ "token": "ghs_90211_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjU5YTZlZmM1MGU0OCJ9.eyJpc3MiOiI5MDIxMSIsImlhdCI6MTc3OTA0OTQyNiwiZXhwIjoxNzc5MDUzMDI2LCJzdWIiOiJpbnN0YWxsYXRpb258NzczNDEyMCIsImp0aSI6IjkyOTNmZGJiLTMxYTctNGVmMy1iYjc3LWJhMzlmOTQ3MTgyZSJ9.sAIBpTn1LOQHBwvmRYg9kpCIZUxsTt-tLb2_JlBBgwk9RfaVoCKUi1u_nxi3ppEfGknfj9YNxQv15lw5gtdl56zaoKYWm8u7SRuEQvO3JvK3sdAbe9M-U-0T6wsRXnPDSBxqXfIoZxXHnJY_OeIE3JowcP9gIeV6hr9b_j62GTX5WDGw6J0dhnxzU_ODHb0zunKOwJprove7pjXVXOE0KpuI6QYItsN8FeemS4Stn2oaCzdwrQOTxTG7F9ZI8PpUJ7UTAyuv_kvACTv7oRijDtqNzrDlsLd3GL7OSXIRDxG_h8Z_tqGuMnPD9IZ-AnKDiE1opfMV7-Kv0RRZGzo3sQ", "expires_at": "2026-08-01T12:00:00Z" }',
      'git clone https://x-access-token:ghs_1188403_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjNiYjZlMWE2OTFlMCJ9.eyJpc3MiOiIxMTg4NDAzIiwiaWF0IjoxNzc5MDI0NTc3LCJleHAiOjE3NzkwMjgxNzcsInN1YiI6Imluc3RhbGxhdGlvbnw2MTU1MDI5MSIsImp0aSI6ImJiMzkxY2Y2LTYxZmUtNDM1YS05NTcwLTRmYmFlOWMxMGMyNCJ9.GpNE0vpwIpKHWyHZ0Xhaza0Yvm5NhmRECTrpcREU63HUE6V71ptwwghHOn8vjtQHFatF9x_LMY27JpNTWf4MJg@github.com/acme/deploy-config.git',
      "headers = {'Authorization': 'token ghs_90211_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjU5YTZlZmM1MGU0OCJ9.eyJpc3MiOiI5MDIxMSIsImlhdCI6MTc3OTA0OTQyNiwiZXhwIjoxNzc5MDUzMDI2LCJzdWIiOiJpbnN0YWxsYXRpb258NzczNDEyMCIsImp0aSI6IjkyOTNmZGJiLTMxYTctNGVmMy1iYjc3LWJhMzlmOTQ3MTgyZSJ9.sAIBpTn1LOQHBwvmRYg9kpCIZUxsTt-tLb2_JlBBgwk9RfaVoCKUi1u_nxi3ppEfGknfj9YNxQv15lw5gtdl56zaoKYWm8u7SRuEQvO3JvK3sdAbe9M-U-0T6wsRXnPDSBxqXfIoZxXHnJY_OeIE3JowcP9gIeV6hr9b_j62GTX5WDGw6J0dhnxzU_ODHb0zunKOwJprove7pjXVXOE0KpuI6QYItsN8FeemS4Stn2oaCzdwrQOTxTG7F9ZI8PpUJ7UTAyuv_kvACTv7oRijDtqNzrDlsLd3GL7OSXIRDxG_h8Z_tqGuMnPD9IZ-AnKDiE1opfMV7-Kv0RRZGzo3sQ'}",
    ],
    negative: [
      'token: ghs_12345_stateless-token-shape', // not a JWT
      'INSTALLATION_TOKEN=ghs_12345_eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9...', // cut short
      'INSTALLATION_TOKEN=ghs_318276_eyJmb28iOiJiYXIifQ.eyJpc3MiOiIzMTgyNzYifQ.mNJnnTJPU9Rzv9dAZ2rfJeBMps27g6yS', // header names no alg/typ
      'GH_TOKEN=${{ steps.app-token.outputs.token }}',
    ],
  },
});

export const githubRefreshToken = classicToken({
  id: 'github-refresh-token',
  prefix: 'ghr_',
  title: 'GitHub App refresh token',
  severity: 'high',
  remediation: 'Revoke the app\'s authorization at github.com/settings/apps/authorizations, then re-authorize.',
  examples: {
    positive: ['"refresh_token": "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",', 'GITHUB_REFRESH_TOKEN=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', 'refresh_token: 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'],
    negative: ['"refresh_token": "ghr_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', '"refresh_token": "ghr_pZhopNqNTuj71oFn9o1Po1u2Zi6E5k08kgwA"', '"refresh_token": "ghr_0qGUyZRwSroNTIvpaaPEdDDQVwqsuHDfu8Z4Wg4YFO4ysPTm7AMyX0iCtOnLnB9r5Jhc0iU7rfs5"'],
  },
});

export const githubFineGrainedPat = defineDetector({
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  title: 'Fine-grained personal access token',
  severity: 'critical',
  keywords: ['github_pat_'],
  // `github_pat_` + 22 base62 + `_` + 59 base62; no published checksum we can verify.
  // https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/
  pattern: String.raw`\b(github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the token at github.com/settings/personal-access-tokens, then create a new one.',
  examples: {
    positive: [
      'GITHUB_TOKEN=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',
      '{ "auth": "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" }',
      'curl -H "Authorization: token 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" https://api.github.com/repos/acme/app',
    ],
    negative: [
      'GITHUB_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'GITHUB_TOKEN=github_pat_odNBuGoYJfFrCQMgCqyoa9_MxCP1GNZkStcRiNUil4FZleaUyHLOcpvW5b1oOuQaTp5HOaEVN', // second part too short
      'GITHUB_TOKEN=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', // no separator
    ],
  },
});

export const githubDetectors = [
  githubPat,
  githubOauth,
  githubAppUserToken,
  githubAppInstallationToken,
  githubAppInstallationTokenStateless,
  githubRefreshToken,
  githubFineGrainedPat,
];
