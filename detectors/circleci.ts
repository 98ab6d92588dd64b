import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';

export const circleciDetectors = [
  defineDetector({
    id: 'circleci-token',
    provider: 'CircleCI',
    title: 'Personal or project API token',
    severity: 'critical',
    keywords: ['ccipat_', 'cciprj_'],
    // Current tokens: `CCIPAT_` (personal) or `CCIPRJ_` (project) + 22 base62 + `_` + 40 lowercase hex.
    // https://circleci.com/docs/managing-api-tokens/ ,
    // https://circleci.com/changelog/personal-and-project-api-tokens-now-have-a-prefix/
    pattern: String.raw`\b(CCIP(?:AT|RJ)_[0-9A-Za-z]{22}_[0-9a-f]{40})\b`,
    minEntropy: 3.5,
    remediation: 'Delete the token at app.circleci.com/settings/user/tokens (or the project\'s API Permissions page), then create a new one.',
    examples: {
      positive: [
        'CIRCLECI_TOKEN=CCIPAT_MCNcsg3qSvGkCIJmH8Zny5_cc78aa83a11335f5a2413490d89ea4852a46657a',
        'curl -H "Circle-Token: CCIPAT_yObkJLVwH2aHxf6BeOQgZc_89403cfc3e4bbb3997ef69db1247c94463167fd4" https://circleci.com/api/v2/me',
        'token: CCIPRJ_CyGbNd7VyZGhxbHxhOoF6G_c2b93e527035b261851b7ea7696199701181d229',
      ],
      negative: [
        'CIRCLECI_TOKEN=CCIPAT_XXXXXXXXXXXXXXXXXXXXXX_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'CIRCLECI_TOKEN=CCIPAT_MCNcsg3qSvGkCIJmH8Zny5_5eaefa0eb0c8ef0424661dc25001696fd2', // too short
        'CIRCLECI_TOKEN=CCIPAT_5eaefa0eb0c8ef0424661dc25001696fd2da0a0f', // no middle part
      ],
    },
  }),
  defineDetector({
    id: 'circleci-legacy-token',
    provider: 'CircleCI',
    title: 'API token (legacy, unprefixed)',
    severity: 'critical',
    keywords: ['circle'],
    // Tokens created before the prefix were 40 lowercase hex characters, indistinguishable from a git
    // SHA, so the name must say circle…token/api key (`CIRCLE_SHA1` is a commit, not a token); YAML
    // nesting (`circleci:` / `  token:`) counts.
    // https://circleci.com/docs/managing-api-tokens/
    pattern: String.raw`(?i)\bcircle(?:ci)?(?:[\w.-]{0,20}?|:[ \t]*\r?\n[ \t]+)(?:token|api[_.-]?key)\w{0,10}["']?\s*[:=]\s*["']?([0-9a-f]{40})\b`,
    minEntropy: 3.2,
    rescanWhen: NESTED_YAML_KEY_RESCAN,
    remediation: 'Delete the token at app.circleci.com/settings/user/tokens, then create a new (prefixed) one.',
    examples: {
      positive: [
        'CIRCLE_TOKEN=4f31c9e47fd1880e6a942e95b3f6e0d9a5601a4c',
        '{ "circleci_api_token": "0dd09b19e42325bb024853335175ab5a75680ad1" }',
        'circleci:\n  token: 5eaefa0eb0c8ef0424661dc25001696fd2da0a0f',
      ],
      negative: [
        'CIRCLE_SHA1=4f31c9e47fd1880e6a942e95b3f6e0d9a5601a4c',
        'CIRCLE_TOKEN=0000000000000000000000000000000000000000',
        'API_TOKEN=0dd09b19e42325bb024853335175ab5a75680ad1',
      ],
    },
  }),
];
