import { defineDetector } from '../src/detector';

export const gitalkDetectors = [
  defineDetector({
    id: 'gitalk-client-secret',
    provider: 'GitHub (Gitalk comments widget)',
    title: 'GitHub OAuth app client secret in a Gitalk config',
    severity: 'high',
    keywords: ['gitalk'],
    // Gitalk is configured in page JavaScript with the GitHub OAuth app's clientID and 40-hex
    // clientSecret, so the secret ships to every visitor. https://github.com/gitalk/gitalk#options
    // The option names may be quoted, JSON-style (`"clientSecret": "…"`).
    pattern: String.raw`(?i:gitalk)\s*\(\s*\{[^}]{0,400}?(?:\b|["'])clientSecret["']?\s*:\s*['"]([0-9a-f]{40})['"]`,
    minEntropy: 3.2,
    // A new `clientSecret` line in an unchanged `Gitalk({` call.
    rescanWhen: { addedLine: String.raw`[ \t]*["']?clientSecret["']?[ \t]*:.*` },
    remediation: 'Reset the client secret of the GitHub OAuth app (github.com/settings/developers), and proxy Gitalk through a server that holds it.',
    examples: {
      positive: [
        "const gitalk = new Gitalk({\n  clientID: 'd17d49be2e68a0b78c3d',\n  clientSecret: 'f1cb74ebb852cc63c8ac5fc8040aa898fefbfba8',\n  repo: 'blog-comments',\n});",
        'new Gitalk({ clientID: "0b78c3dd17d49be2e68a", clientSecret: "3215e822dd2fcc527f86c26c479ece07f5087db1", repo: "site" }).render("gitalk-container")',
        "var g = new Gitalk({\n    clientID: '2e68a0b7d17d49be8c3d',\n    clientSecret:'661b26f8fbb2bffcdf76550559603081e0ef217d',\n    owner: 'octo'\n})",
        'var gitalk = new Gitalk({\n    "clientID": "0b78c3dd17d49be2e68a",\n    "clientSecret": "8e1b2f0c4d6a3e9b7f5c1a2d8e4b6f0c3a9d7e15",\n    "repo": "notes"\n});', // JSON-style quoted names
      ],
      negative: [
        "new Gitalk({ clientID: 'd17d49be2e68a0b78c3d', clientSecret: process.env.GITALK_SECRET })",
        "new Gitalk({ clientID: 'd17d49be2e68a0b78c3d', clientSecret: '0000000000000000000000000000000000000000' })",
        "const config = { clientSecret: 'f1cb74ebb852cc63c8ac5fc8040aa898fefbfba8' };", // not a Gitalk config
        'new Gitalk({ "clientID": "0b78c3dd17d49be2e68a", "myclientSecret": "8e1b2f0c4d6a3e9b7f5c1a2d8e4b6f0c3a9d7e15" })', // another option's name
      ],
    },
  }),
];
