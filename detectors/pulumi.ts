import { defineDetector } from '../src/detector';

export const pulumiDetectors = [
  defineDetector({
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    title: 'Access token',
    severity: 'critical',
    keywords: ['pul-'],
    // Pulumi Cloud access tokens are `pul-` + 40 lowercase hex characters.
    // https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/
    pattern: String.raw`\b(pul-[0-9a-f]{40})\b`,
    minEntropy: 3.0,
    remediation: 'Delete the token at app.pulumi.com/account/tokens (or the organization\'s Access tokens page), then create a new one.',
    examples: {
      positive: [
        'PULUMI_ACCESS_TOKEN=pul-660e75ef1b1eac9019bf7d3944d220d3380903d5',
        'env:\n  PULUMI_ACCESS_TOKEN: "pul-d71907320367743c2985d9995eeab19a1b3b0836"',
        'pulumi login --token pul-bd4b1a5dff9f245c3f9864692faa79a209f19d1b',
      ],
      negative: [
        'PULUMI_ACCESS_TOKEN=pul-0000000000000000000000000000000000000000',
        '<img src="./assets/vipul-660e75ef1b1eac9019bf7d3944d220d3380903d5.png">', // glued to a word
        'PULUMI_ACCESS_TOKEN=pul-d71907320367743c2985d9995eeab19a1b3b', // too short
      ],
    },
  }),
];
