import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';
import { alnumClassCount } from '../src/validators/char-classes';

export const travisDetectors = [
  defineDetector({
    id: 'travis-api-token',
    provider: 'Travis CI',
    title: 'API token',
    severity: 'high',
    keywords: ['travis'],
    // Travis CI API tokens are 22 base62 characters without a prefix: the name must say travis.
    // https://docs.travis-ci.com/user/triggering-builds/ (token from `travis token` / account settings)
    pattern: String.raw`(?i)travis(?:[\w.-]{0,25}?|:[ \t]*\r?\n[ \t]+[\w.-]{0,25}?)["']?[ \t]*(?::=|=>|[:=])[ \t]*["']?([0-9A-Za-z]{22})\b`,
    minEntropy: 3.5,
    validate: (secret) => alnumClassCount(secret) === 3,
    rescanWhen: NESTED_YAML_KEY_RESCAN,
    remediation: 'Regenerate the token at app.travis-ci.com/account/preferences, then update its users.',
    examples: {
      positive: ['TRAVIS_API_TOKEN=HUQcf89WJtLk4yD9VY0TLf', 'travis:\n  token: "C3c4ZbDz3hena6ENqI0lnN"', '{ "travisToken": "I4qKnmL3jz0nKGu4WuXhzw" }'],
      negative: ['TRAVIS_API_TOKEN=XXXXXXXXXXXXXXXXXXXXXX', 'TRAVIS_BRANCH=feature-login-refactor', 'API_TOKEN=HUQcf89WJtLk4yD9VY0TLf'],
    },
  }),
];
