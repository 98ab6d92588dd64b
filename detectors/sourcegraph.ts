import { defineDetector } from '../src/detector';

export const sourcegraphDetectors = [
  defineDetector({
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    title: 'Access token',
    severity: 'high',
    keywords: ['sgp_'],
    // `sgp_` + optional instance id (16 hex) `_` or `local_`, then 40 hex.
    // https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token ,
    // https://github.com/sourcegraph/sourcegraph-public-snapshot/blob/main/internal/accesstoken/personal_access_token.go
    pattern: String.raw`\b(sgp_(?:[0-9a-fA-F]{16}_|local_)?[0-9a-fA-F]{40})\b`,
    minEntropy: 3.2,
    remediation: 'Delete the token under your Sourcegraph user settings > Access tokens, then create a new one.',
    examples: {
      positive: [
        'SRC_ACCESS_TOKEN=sgp_c73e2cf20066f366_bd4b1a5dff9f245c3f9864692faa79a209f19d1b',
        'curl -H "Authorization: token sgp_660e75ef1b1eac9019bf7d3944d220d3380903d5" https://sourcegraph.example.com/.api/graphql',
        '{ "token": "sgp_local_d71907320367743c2985d9995eeab19a1b3b0836" }',
      ],
      negative: [
        'SRC_ACCESS_TOKEN=sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa',
        'SRC_ACCESS_TOKEN=sgp_local_d45b6G86aBb0F2Cee943902dbaDBCFCFDD1dA089',
        'SRC_ACCESS_TOKEN=sgp_78Ad84a5B6e8A2fE5B_4085FB0ccaDDd29DB66Fd7FE9bA2C1cdCE8400CD',
      ],
    },
  }),
  defineDetector({
    id: 'sourcegraph-legacy-token',
    provider: 'Sourcegraph',
    title: 'Access token (unprefixed, pre-3.x)',
    severity: 'high',
    keywords: ['sourcegraph'],
    // Old tokens are bare 40 hex: the name must be next to the value.
    pattern: String.raw`(?i)sourcegraph[\w.-]{0,25}?["']?[ \t]*[:=][ \t]*["']?([0-9a-f]{40})\b`,
    minEntropy: 3.2,
    remediation: 'Delete the token under your Sourcegraph user settings > Access tokens, then create a new one.',
    examples: {
      positive: ['sourcegraph: 51d6fa9b086ff2979982ea049ad25a023905ae53', 'SOURCEGRAPH_TOKEN=3bb9e6326b390c89405058036faa49e7ad1bf813', '{ "sourcegraph_token": "423393404e32e22f7c84787a9a0339cc95bd3dd9" }'],
      negative: ['BcAeb6640ad7DAD46AD73687946Ce85047d5C9Bb', 'SOURCEGRAPH_TOKEN=0000000000000000000000000000000000000000', 'SOURCEGRAPH_URL=https://sourcegraph.example.com'],
    },
  }),
];
