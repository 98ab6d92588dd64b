import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

export const cratesioDetectors = [
  defineDetector({
    id: 'cratesio-api-token',
    provider: 'crates.io',
    title: 'API token',
    severity: 'critical',
    keywords: ['cio'],
    keywordLines: true,
    // crates.io API tokens are `cio` + 32 base62 characters.
    // https://github.com/rust-lang/crates.io/blob/main/crates/crates_io_database/src/models/token.rs (prefix `cio`),
    // https://doc.rust-lang.org/cargo/reference/publishing.html
    pattern: String.raw`\b(cio[0-9A-Za-z]{32})\b`,
    minEntropy: 4.0,
    // `cio` opens ordinary words too: a random base62 body mixes lowercase, uppercase and digits.
    validate: (secret) => alnumClassCount(secret.slice(3)) === 3,
    remediation: 'Revoke the token at crates.io/settings/tokens, then create a new scoped one.',
    examples: {
      positive: [
        'CARGO_REGISTRY_TOKEN=cio7b08Nj1XlmUl7x1b6n9E6udwVdZPJYOw',
        '[registry]\ntoken = "cio21AzJ4YqTqrAdhwx2pLlUS3nghc0nTy8"',
        'curl -H "Authorization: cioK3rUizi6vdeWZer7hQ5XNKwRF2OSevMP" https://crates.io/api/v1/me',
      ],
      negative: [
        'CARGO_REGISTRY_TOKEN=cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'CARGO_REGISTRY_TOKEN=cio7b08Nj1XlmUl7x1b6n9E6udwVd', // too short
        'const name = "ciorandomlowercaseidentifiername";', // no mixed case: a word
        'CARGO_REGISTRY_TOKEN=precio21AzJ4YqTqrAdhwx2pLlUS3nghc0nTy8', // glued to a word
      ],
    },
  }),
];
