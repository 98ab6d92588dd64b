import { defineDetector } from '../src/detector';

/** Reference tokens are base64(`reftkn:01:<expiry>:<random>`). */
function isReferenceToken(secret: string): boolean {
  return /^reftkn:01:\d+:/.test(Buffer.from(secret, 'base64').toString('latin1'));
}

export const jfrogDetectors = [
  defineDetector({
    id: 'jfrog-api-key',
    provider: 'JFrog Artifactory',
    title: 'API key (deprecated)',
    severity: 'critical',
    keywords: ['akcp'],
    // Artifactory API keys are `AKCp` + 69 base62 characters (73 in all).
    // https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-keys
    pattern: String.raw`\b(AKCp[0-9A-Za-z]{69})\b`,
    minEntropy: 4.0,
    remediation: 'Revoke the API key in the JFrog Platform under Edit Profile > API Key, then switch to an access token.',
    examples: {
      positive: [
        'ARTIFACTORY_API_KEY=AKCpm3wsukjzwthlL4Us4zsZ677KJXq2Roy7kLPQx5wjmcJ4tBmxvuWPfBVFJ4RvAKNqvVdYV',
        'curl -H "X-JFrog-Art-Api: AKCpdaKTMkI1wT7Vir3j7mRbVg8FVbG7RnfIZhm6aWvi6YWp5XpXYq2FPzvIZyU6TxW8IQmCe" https://acme.jfrog.io/artifactory/api/repositories',
        'jfrog rt dl --apikey=AKCpfJs66pKZIVx8KTye1PbKOadra1co7D3k72sVSl31IxvLzglHafCjSJ7TZyKkHO3pKEfCS generic-local/app.zip',
      ],
      negative: [
        'lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'ARTIFACTORY_API_KEY=AKCpm3wsukjzwthlL4Us4zsZ677KJXq2Roy7kLPQx5wjmcJ4tBmxvuWPfB', // too short
        'ARTIFACTORY_API_KEY=xAKCpm3wsukjzwthlL4Us4zsZ677KJXq2Roy7kLPQx5wjmcJ4tBmxvuWPfBVFJ4RvAKNqvVdYV', // glued to a word
      ],
    },
  }),
  defineDetector({
    id: 'jfrog-reference-token',
    provider: 'JFrog Artifactory',
    title: 'Reference token',
    severity: 'critical',
    keywords: ['cmvmdgtu'],
    // A reference token is the 64-character base64 of `reftkn:01:<expiry>:<random>` (hence the fixed
    // `cmVmdGtuOjAx` start), decoded and checked offline.
    // https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
    pattern: String.raw`\b(cmVmdGtuOjAx[0-9A-Za-z]{52})\b`,
    minEntropy: 4.0,
    validate: isReferenceToken,
    remediation: 'Revoke the token in the JFrog Platform under Administration > User Management > Access Tokens, then create a new one.',
    examples: {
      positive: [
        'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE4OTM0NTYwMDA6dU9UUVRXUWw3bE9pNnF1bUYwUzZ1d0NJeVJi',
        'curl -H "Authorization: Bearer cmVmdGtuOjAxOjE4OTM0NTYwMDA6TkhadEh3MWgwRzdGOUJLV0tsbDVneWFKV2dj" https://acme.jfrog.io/artifactory/api/system/ping',
        '<password>cmVmdGtuOjAxOjE4OTM0NTYwMDA6RGdnM01lTWNjZGJhUnFTaWY5dTBvNGNsd2Jw</password>',
      ],
      negative: [
        'lowEntropy := cmVmdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE4OTM0NTYwMDA6dU9UUVRXUWw3bE9pNnF1bUYw', // too short
        'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxXm9vbGVhbkZsYWdGb3JUZXN0aW5nUHVycG9zZXNPbmx5Tm90QVRv', // does not decode to reftkn:01:<expiry>:
      ],
    },
  }),
];
