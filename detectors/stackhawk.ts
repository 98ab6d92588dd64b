import { defineDetector } from '../src/detector';

export const stackhawkDetectors = [
  defineDetector({
    id: 'stackhawk-api-key',
    provider: 'StackHawk',
    title: 'API key',
    severity: 'high',
    keywords: ['hawk.'],
    // `hawk.` + 20 + `.` + 20 base64url characters. https://docs.stackhawk.com/apidocs.html#section/Authentication
    pattern: String.raw`\b(hawk\.[0-9A-Za-z_-]{20}\.[0-9A-Za-z_-]{20})(?:[^0-9A-Za-z_.-]|$)`,
    minEntropy: 3.5,
    remediation: 'Delete the key at app.stackhawk.com under Settings > API Keys, then create a new one.',
    examples: {
      positive: [
        'HAWK_API_KEY="hawk.lTvtDctMo5gIRbxvJ-sI.OmeMyepP6FmS3UlAdldJ"',
        'hawk init --api-key hawk.gMSznV1if31ZQfJQADne.grMbiQJfGuty9_Cl9erM',
        'env:\n  HAWK_API_KEY: hawk.5fp8c2bUVVUE-LikjJmN.aXSq0E1jCGh0EGa1ur_i',
      ],
      negative: ['HAWK_API_KEY=hawk.XXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXX', 'HAWK_API_KEY=hawk.lTvtDctMo5gIRbxvJ-sI', 'config.hawk.scanner.enabled = true'],
    },
  }),
];
