import { defineDetector } from '../src/detector';
import { hasValidGithubChecksum } from '../src/validators/github-checksum';

export const npmAccessToken = defineDetector({
  id: 'npm-access-token',
  provider: 'npm',
  title: 'Access token',
  // Publish rights on every package the owner maintains.
  severity: 'critical',
  keywords: ['npm_'],
  // `npm_` + 30 random base62 + 6-character CRC-32 checksum, GitHub's scheme.
  // https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
  pattern: String.raw`\b(npm_[0-9A-Za-z]{36})\b`,
  validate: hasValidGithubChecksum,
  remediation: 'Delete the token at npmjs.com (Access Tokens, or `npm token revoke <id>`), then create a new granular token.',
  examples: {
    positive: [
      '//registry.npmjs.org/:_authToken=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',
      'NPM_TOKEN=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',
      'env:\n  NODE_AUTH_TOKEN: "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"',
    ],
    negative: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'NPM_TOKEN=npm_R9N5JKMyRIKBFSQM8qWHoZT3d9YmJN1qOTzA', // checksum does not match
      'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NPM_TOKEN=npm_YhpHa0OsV8ptgTA9t0c4xIV9hZNYGQ9kFIN', // too short
    ],
  },
});

export const npmDetectors = [npmAccessToken];
