import { ConfigError, DEFAULT_CONFIG } from '../src/config/config';
import { closestName } from '../src/config/did-you-mean';
import { validateConfig } from '../src/config/validate-config';

const BUILTINS = new Set(['github-pat', 'generic-secret', 'generic-password']);

function problemsOf(raw: unknown): string[] {
  try {
    validateConfig(raw, 'kg.json', BUILTINS);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.key}: ${problem.message}`);
    throw error;
  }
  return [];
}

const ACME = { id: 'acme-key', pattern: '(acme_[a-z0-9]{8})', keywords: ['Acme_'] };

describe('validateConfig', () => {
  it('fills in defaults for an empty config', () => {
    expect(validateConfig({}, 'kg.json', BUILTINS)).toEqual(DEFAULT_CONFIG);
  });

  it('returns a full valid config typed, with custom detectors in the built-ins\' shape', () => {
    const config = validateConfig(
      {
        $schema: './node_modules/keyguard/docs/keyguard.schema.json',
        exclude: ['fixtures/**'],
        disable: ['generic-password'],
        allow: { regexes: ['^test_'], stopwords: ['example'] },
        entropy: { hex: 3.2 },
        failOn: 'high',
        detectors: [{ ...ACME, severity: 'low', minEntropy: 2, examples: { positive: ['k=acme_a1b2c3d4'], negative: ['acme_short'] } }],
      },
      'kg.json',
      BUILTINS,
    );
    expect(config.entropy).toEqual({ hex: 3.2, base64: 3.5, other: 3.5, password: 3.0 });
    expect(config.failOn).toBe('high');
    expect(config.detectors).toEqual([
      expect.objectContaining({ id: 'acme-key', title: 'acme-key', provider: 'Custom', severity: 'low', keywords: ['acme_'], secretGroup: 1, minEntropy: 2 }),
    ]);
  });

  it('lists every problem at once, each under its key path', () => {
    expect(
      problemsOf({
        exclude: ['ok/**', 'bad/[x', 3],
        allow: { regex: [] },
        detectors: [{ id: 'Bad Id', pattern: 'a', keywords: [] }, 'x', { ...ACME, secretGroup: 2, colour: 1 }],
      }),
    ).toEqual([
      'exclude[2]: must be a non-empty string, not 3',
      'allow.regex: unknown option (did you mean "regexes"?) (known: regexes, stopwords)',
      'detectors[0].id: "Bad Id" must be lowercase words joined by - _ or . (e.g. "acme-api-key")',
      'detectors[0].keywords: needs at least one keyword: the pattern only runs on text containing one',
      'detectors[1]: must be an object, not "x"',
      'detectors[2].colour: unknown option (known: id, title, provider, severity, pattern, keywords, secretGroup, minEntropy, examples, remediation, description)',
      'detectors[2].secretGroup: must be an integer from 0 to 1, not 2',
    ]);
    expect(problemsOf({ exclude: ['bad/[x'] })).toEqual(['exclude[0]: invalid glob "bad/[x" (unbalanced brackets or braces?)']);
  });

  it("runs a custom detector's examples: a positive gives one finding, a negative none", () => {
    expect(
      problemsOf({ detectors: [{ ...ACME, examples: { positive: ['acme_a1b2c3d4', 'no keyword here'], negative: ['x acme_zzzz9999'] } }] }),
    ).toEqual([
      'detectors[0].examples.positive[1]: should give 1 finding of acme-key but gave 0 (none of its keywords acme_ occurs in it, so the pattern never runs)',
      'detectors[0].examples.negative[0]: should give no finding of acme-key but gave 1',
    ]);
  });

  it('rejects a custom id used twice or by a built-in', () => {
    expect(problemsOf({ detectors: [ACME, ACME, { ...ACME, id: 'generic-secret' }] })).toEqual([
      'detectors[1].id: "acme-key" is used by another custom detector',
      'detectors[2].id: "generic-secret" is the id of a built-in detector: choose another (e.g. "custom-generic-secret")',
    ]);
  });

  it('rejects a root that is not an object', () => {
    expect(problemsOf(['exclude'])).toEqual(['(root): must be an object, not an array']);
  });
});

describe('closestName', () => {
  it('suggests a near miss and nothing for an unrelated word', () => {
    expect(closestName('failon', ['exclude', 'failOn'])).toBe('failOn');
    expect(closestName('colour', ['exclude', 'failOn'])).toBeUndefined();
  });
});
