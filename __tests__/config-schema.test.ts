import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectors } from '../detectors';
import { ConfigError } from '../src/config/config';
import { validateConfig } from '../src/config/validate-config';
import { KEYGUARD_ROOT } from './helpers/temp-repo';

/**
 * docs/keyguard.schema.json (for editors) and validateConfig (what keyguard enforces) must agree:
 * each sample is checked by both.
 */
const schema = JSON.parse(readFileSync(path.join(KEYGUARD_ROOT, 'docs', 'keyguard.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const builtinIds = new Set(detectors.map((detector) => detector.id));

function keyguardAccepts(config: unknown): boolean {
  try {
    validateConfig(config, 'sample.json', builtinIds);
    return true;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}

const FULL = {
  $schema: './node_modules/keyguard/docs/keyguard.schema.json',
  exclude: ['fixtures/**', '**/*.snap'],
  disable: ['generic-password'],
  allow: { regexes: ['^test_[a-z]+$'], stopwords: ['example', 'dummy'] },
  detectors: [
    {
      id: 'acme-api-key',
      title: 'API key',
      provider: 'Acme',
      severity: 'critical',
      pattern: '\\b(acme_[a-z0-9]{32})\\b',
      keywords: ['acme_'],
      secretGroup: 1,
      minEntropy: 3,
      remediation: 'Revoke it in the Acme console.',
      description: 'Acme production API key.',
      examples: { positive: ['key = acme_0f3k9q2m7x1v8b4n6c5z0p2r9t1y7u3w'], negative: ['acme_short'] },
    },
  ],
  entropy: { hex: 3.2, base64: 4, other: 3.6, password: 3 },
  failOn: 'high',
};

describe('docs/keyguard.schema.json', () => {
  it('accepts a full valid config (and so does keyguard)', () => {
    expect(validate(FULL)).toBe(true);
    expect(keyguardAccepts(FULL)).toBe(true);
    expect(validate({})).toBe(true);
  });

  it.each([
    ['an unknown option', { exlcude: [] }],
    ['exclude as a string', { exclude: 'fixtures/**' }],
    ['an unknown severity', { failOn: 'severe' }],
    ['an entropy above the hex ceiling', { entropy: { hex: 5 } }],
    ['an unknown entropy alphabet', { entropy: { base32: 4 } }],
    ['an unknown allow key', { allow: { regex: ['x'] } }],
    ['a detector without keywords', { detectors: [{ id: 'acme-key', pattern: '(x)', keywords: [] }] }],
    ['a detector without a pattern', { detectors: [{ id: 'acme-key', keywords: ['x'] }] }],
    ['a detector id with capitals', { detectors: [{ id: 'Acme', pattern: '(x)', keywords: ['x'] }] }],
    ['a detector with an unknown key', { detectors: [{ id: 'acme-key', pattern: '(x)', keywords: ['x'], colour: 'red' }] }],
    ['a negative secretGroup', { detectors: [{ id: 'acme-key', pattern: '(x)', keywords: ['x'], secretGroup: -1 }] }],
  ])('rejects %s (and so does keyguard)', (_, config) => {
    expect(validate(config)).toBe(false);
    expect(keyguardAccepts(config)).toBe(false);
  });
});

describe('the examples in the documentation', () => {
  /** The first fenced block of `language` following `marker` in a file of the repository. */
  function block(file: string, marker: string, language: string): string {
    const text = readFileSync(path.join(KEYGUARD_ROOT, file), 'utf8');
    const start = text.indexOf(`\`\`\`${language}\n`, text.indexOf(marker));
    return text.slice(start + language.length + 4, text.indexOf('\n```', start));
  }

  it('docs/configuration.md: the complete example is valid for the schema and for keyguard', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const example = yaml.load(block('docs/configuration.md', '## A complete example', 'yaml'));
    expect(validate(example)).toBe(true);
    expect(keyguardAccepts(example)).toBe(true);
  });

  it('README.md: the configuration example is valid for the schema and for keyguard', () => {
    const example = JSON.parse(block('README.md', '## Configuration', 'json')).keyguard;
    expect(validate(example)).toBe(true);
    expect(keyguardAccepts(example)).toBe(true);
  });
});
