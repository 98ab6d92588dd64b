import { defineDetector } from '../src/detector';

export const buildkiteDetectors = [
  defineDetector({
    id: 'buildkite-api-token',
    provider: 'Buildkite',
    title: 'User API access token',
    severity: 'critical',
    keywords: ['bkua_'],
    // API access tokens are `bkua_` + 40 lowercase hex characters.
    // https://buildkite.com/docs/apis/managing-api-tokens
    pattern: String.raw`\b(bkua_[0-9a-f]{40})\b`,
    minEntropy: 3.0,
    remediation: 'Revoke the token at buildkite.com/user/api-access-tokens, then create a new one with the least scopes needed.',
    examples: {
      positive: [
        'BUILDKITE_API_TOKEN=bkua_f1cb74ebb852cc63c8ac5fc8040aa898fefbfba8',
        'curl -H "Authorization: Bearer bkua_3215e822dd2fcc527f86c26c479ece07f5087db1" https://api.buildkite.com/v2/user',
        'buildkite:\n  token: "bkua_661b26f8fbb2bffcdf76550559603081e0ef217d"',
      ],
      negative: ['BUILDKITE_API_TOKEN=bkua_0000000000000000000000000000000000000000', 'BUILDKITE_API_TOKEN=bkua_f1cb74ebb852cc63c8ac5fc8040aa898', 'BUILDKITE_API_TOKEN=bkua_F1CB74EBB852CC63C8AC5FC8040AA898FEFBFBA8'],
    },
  }),
];
