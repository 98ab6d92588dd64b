import { defineDetector } from '../src/detector';

export const scalingoApiToken = defineDetector({
  id: 'scalingo-api-token',
  provider: 'Scalingo',
  title: 'API token',
  severity: 'critical',
  keywords: ['tk-us-'],
  // `tk-us-` + 48 characters of [A-Za-z0-9_-]. https://doc.scalingo.com/platform/cli/features#api-tokens
  pattern: String.raw`\b(tk-us-[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the token at dashboard.scalingo.com/account/tokens (or `scalingo tokens-remove`), then create a new one.',
  examples: {
    positive: [
      'SCALINGO_API_TOKEN=tk-us-fQn_gCIwS5D5ZYY4VFhKdU9PyPM6CVi82ItrGQuo6GvAJUAz',
      'scalingo_api_token = "tk-us-wz862xzjjVbOG1DtuQPtHAKawnIlm3fDockvQZNi8cflkOXE"',
      '{ "token": "tk-us-aiwJZYMA95Gvnfh7Dpq8mbDYWk8-o0bfVHmDv8Jjlin6TVds" }',
    ],
    negative: [
      'SCALINGO_API_TOKEN=tk-us-nwH-c3FkHe0kiZ7bpXQM', // too short
      'SCALINGO_API_TOKEN=tk-us-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SCALINGO_API_TOKEN=tk-us-<token>',
    ],
  },
});

export const scalingoDetectors = [scalingoApiToken];
