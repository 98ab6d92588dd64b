import { defineDetector } from '../src/detector';

export const codeclimateDetectors = [
  defineDetector({
    id: 'codeclimate-reporter-id',
    provider: 'Code Climate (Qlty)',
    title: 'Test reporter ID / repo token',
    severity: 'medium',
    keywords: ['codeclimate', 'cc_test_reporter_id'],
    // The test reporter ID (`CC_TEST_REPORTER_ID`, formerly `CODECLIMATE_REPO_TOKEN`) is 64 lowercase hex
    // and lets anyone post coverage for the repository.
    // https://docs.codeclimate.com/docs/finding-your-test-coverage-token
    pattern: String.raw`(?i:codeclimate[\w.-]{0,25}?|cc_test_reporter_id)["']?[ \t]*[:=][ \t]*["']?([0-9a-f]{64})\b`,
    minEntropy: 3.2,
    remediation: 'Regenerate the test reporter ID under the repository\'s Repo Settings > Test coverage, then update CI.',
    examples: {
      positive: [
        'CC_TEST_REPORTER_ID=3905ae535b99225ada1b0b8b5d263a15a785b475f35aec9e0e90870a3672fadc',
        '- uses: paambaati/codeclimate-action@v5\n  env:\n    CC_TEST_REPORTER_ID: 3bb9e6326b390c89405058036faa49e7ad1bf8134851ffad814d69551c7bcb8f',
        'CODECLIMATE_REPO_TOKEN="423393404e32e22f7c84787a9a0339cc95bd3dd97558adb35411a2ba122e5d53"',
      ],
      negative: [
        'CC_TEST_REPORTER_ID=0000000000000000000000000000000000000000000000000000000000000000',
        'CC_TEST_REPORTER_ID=${{ secrets.CC_TEST_REPORTER_ID }}',
        'COVERAGE_ID=3905ae535b99225ada1b0b8b5d263a15a785b475f35aec9e0e90870a3672fadc', // no Code Climate name
      ],
    },
  }),
];
