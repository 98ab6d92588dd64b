import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';

export const codecovDetectors = [
  defineDetector({
    id: 'codecov-upload-token',
    provider: 'Codecov',
    title: 'Upload token',
    severity: 'medium',
    keywords: ['codecov'],
    // Repository and global upload tokens are UUIDs, so the name must say codecov (or a `token:` within
    // 80 characters of it, as in a codecov-action step).
    // https://docs.codecov.com/docs/codecov-tokens
    pattern: String.raw`(?i)codecov(?:[\w.-]{0,25}?|[\s\S]{0,80}?\btoken)["']?[ \t]*(?::=|=>|[:=])[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
    minEntropy: 3.0,
    rescanWhen: NESTED_YAML_KEY_RESCAN,
    remediation: 'Regenerate the upload token in the repository\'s Codecov settings, then update the CI secret.',
    examples: {
      positive: [
        'CODECOV_TOKEN=a4de2225-fef2-498d-8a84-f7c4832234dd',
        '- uses: codecov/codecov-action@v4\n  with:\n    token: cff25b62-4935-4e52-9626-3eebd95cca63\n',
        '{ "codecovToken": "d7f89e8f-0877-4835-badb-5d84ffa73f7d" }',
      ],
      negative: ['CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}', 'CODECOV_TOKEN=12345678-ABCD-ABCD-ABCD-1234567890AB', 'UPLOAD_TOKEN=a4de2225-fef2-498d-8a84-f7c4832234dd'],
    },
  }),
];
