import { defineDetector } from '../src/detector';

export const bitbucketDetectors = [
  defineDetector({
    id: 'bitbucket-app-password',
    provider: 'Bitbucket',
    title: 'App password',
    severity: 'critical',
    keywords: ['atbb'],
    // Atlassian-issued Bitbucket app passwords start `ATBB` followed by 32 base62 characters.
    // https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/ ,
    // https://www.atlassian.com/blog/bitbucket/bitbucket-cloud-app-passwords-secret-scanning
    pattern: String.raw`\b(ATBB[0-9A-Za-z]{32})\b`,
    minEntropy: 3.5,
    remediation: 'Revoke it under Bitbucket Personal settings > App passwords, then create a new one (or move to API tokens).',
    examples: {
      positive: [
        'git clone https://octo:ATBB3mQxMpkqC8M2iL8tZb3lOrqdSENeSbqe@bitbucket.org/acme/app.git',
        'BITBUCKET_APP_PASSWORD=ATBB4nrghtIyXZDT2F3ZlDaOecXQJKlxI2P6',
        '{ "bitbucket": { "password": "ATBBvapGPZKcUtkSjSraUmiruA4r6VLmuiHE" } }',
      ],
      negative: [
        'BITBUCKET_APP_PASSWORD=ATBBXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'BITBUCKET_APP_PASSWORD=ATBBK5PaScaKEdwZ0dfWIGun41zND1gM', // too short
        'BITBUCKET_APP_PASSWORD=XATBBK5PaScaKEdwZ0dfWIGun41zND1gMENZg', // glued to a word
      ],
    },
  }),
];
