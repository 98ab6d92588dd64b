import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

export const infracostDetectors = [
  defineDetector({
    id: 'infracost-api-key',
    provider: 'Infracost',
    title: 'API key',
    severity: 'medium',
    keywords: ['ico-'],
    // `ico-` + 32 base62 characters. https://www.infracost.io/docs/integrations/environment_variables/
    // Not after `.`/`-`/a word character: `favicon.ico-<hash>.png` is a fingerprinted asset.
    pattern: String.raw`(?:^|[^0-9A-Za-z_.-])(ico-[0-9A-Za-z]{32})\b`,
    minEntropy: 3.5,
    // Random base62 mixes all three classes; a lowercase-hex asset hash does not.
    validate: (secret) => alnumClassCount(secret.slice(4)) === 3,
    remediation: 'Rotate the key in Infracost Cloud under Org Settings > API keys (or `infracost configure set api_key`).',
    examples: {
      positive: [
        'INFRACOST_API_KEY=ico-u5mFfNU2Rb9zAqYBAtE7a5m2ibZh4GUf',
        'secret_value = "ico-hGYc5SE2l8GXlPnSp7aNiyBdtPOCkcFV"',
        'env:\n  INFRACOST_API_KEY: ico-SbvNixlhSsaWLkxxtEHjwTJ5UxAPjDfr',
      ],
      negative: [
        'INFRACOST_API_KEY=ico-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'http://assets.example.com/video_box.ico-7a388b69018576d24b59331fd60aab0c.png',
        'INFRACOST_API_KEY=ico-u5mFfNU2Rb9zAqYBAtE7a5', // too short
      ],
    },
  }),
];
