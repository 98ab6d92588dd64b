import { defineDetector } from '../src/detector';

export const linodeApiToken = defineDetector({
  id: 'linode-api-token',
  provider: 'Linode (Akamai)',
  title: 'Personal access token',
  severity: 'critical',
  keywords: ['linode'],
  // 64 lowercase hex characters with no prefix, so trusted only under a linode name
  // (LINODE_TOKEN, linode_api_key, LINODE_CLI_TOKEN …).
  // https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens
  pattern: String.raw`(?i)linode[\w.-]{0,30}?(?:token|key|pat|secret)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)`,
  minEntropy: 3.0,
  remediation: 'Revoke it at cloud.linode.com/profile/tokens, then create a new token with narrower scopes.',
  examples: {
    positive: [
      'LINODE_TOKEN=f5ab3bdab8d2e37470e27dc9dcbc12a0e39e4d94b0d5156789573ac646523294',
      '# terraform.tfvars\nlinode_token = "5911b9d4e81c77877930b3ccc043eebf5f9eab84ac13b80cb6e2e655d9f3fe55"',
      'linode_api_key: 5df778a4acdf527013170fe3770b3e8bc259d5bb486748371221dae1f9ce59b3',
    ],
    negative: [
      'TOKEN=b45d92c19fe1ef9dee7c5fccbccffa6bb4c458935db52f254475009cf0d1df02', // no Linode name
      'LINODE_TOKEN=1342d9d007c6b966fc70a7063880e92b22e9fd0a', // too short
      'LINODE_TOKEN=' + 'f'.repeat(64),
    ],
  },
});

export const linodeDetectors = [linodeApiToken];
