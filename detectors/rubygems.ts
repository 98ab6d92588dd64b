import { defineDetector } from '../src/detector';

export const rubygemsDetectors = [
  defineDetector({
    id: 'rubygems-api-key',
    provider: 'RubyGems',
    title: 'API key',
    severity: 'critical',
    keywords: ['rubygems_'],
    // Keys created since 2021 are `rubygems_` + 48 lowercase hex characters.
    // https://guides.rubygems.org/api-key-scopes/ , https://github.com/rubygems/rubygems.org/pull/2663
    pattern: String.raw`\b(rubygems_[0-9a-f]{48})\b`,
    minEntropy: 3.0,
    remediation: 'Delete the key at rubygems.org/profile/api_keys, then create a new scoped key.',
    examples: {
      positive: [
        'GEM_HOST_API_KEY=rubygems_44b988432d823bbe4a8f322592526cb544f67f3b25695ecd',
        '---\n:rubygems_api_key: rubygems_4102222a1f9fb1fc1bb9a0e026088c0b0a82f69bfe364c55',
        'curl -H "Authorization: rubygems_81b32d7aee9a496ff2f71871318586654f46119f970472cf" https://rubygems.org/api/v1/web_hooks.json',
      ],
      negative: [
        'GEM_HOST_API_KEY=rubygems_000000000000000000000000000000000000000000000000',
        'GEM_HOST_API_KEY=rubygems_6ed4337a9aa326f0b11156ca309b77f1917baade', // too short
        'GEM_HOST_API_KEY=rubygems_6ed4337a9aa326f0b11156ca309b77f1917baade9f450f39ab', // too long
      ],
    },
  }),
];
