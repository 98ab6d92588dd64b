import RE2 from 're2';
import { defineDetector, Detector, SEVERITIES } from '../detector';
import { exampleFailures } from './custom-examples';
import { Problems } from './problems';

const DETECTOR_KEYS = [
  'id', 'title', 'provider', 'severity', 'pattern', 'keywords', 'secretGroup', 'minEntropy', 'examples', 'remediation', 'description',
];

/** Lowercase words joined by `-`, `_` or `.`: fits a fingerprint (`<id>:<hash>`) and a scoped `keyguard:allow <id>`. */
const DETECTOR_ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * Checks the `detectors` option: each custom detector has the built-ins' shape, a pattern RE2
 * accepts, an id no built-in or other custom detector uses, and examples that behave (a positive
 * gives one finding, a negative none). Returns the detectors ready to scan with.
 */
export function validateCustomDetectors(value: unknown, problems: Problems, builtinIds: ReadonlySet<string>): Detector[] {
  if (!Array.isArray(value)) {
    problems.add('detectors', 'must be an array of detector objects');
    return [];
  }
  const detectors: Detector[] = [];
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    const detector = validateOne(entry, `detectors[${index}]`, problems, builtinIds, seen);
    if (detector !== undefined) detectors.push(detector);
  });
  return detectors;
}

/**
 * One entry of `detectors`: every field is checked (so all its problems are listed), and the
 * detector is built, and its examples run, only when none was found.
 */
function validateOne(entry: unknown, key: string, problems: Problems, builtinIds: ReadonlySet<string>, seen: Set<string>): Detector | undefined {
  const raw = problems.object(entry, key);
  if (raw === undefined) return undefined;
  const before = problems.count;
  const optional = <T>(name: string, validate: (value: unknown, at: string) => T | undefined): T | undefined =>
    raw[name] === undefined ? undefined : validate(raw[name], `${key}.${name}`);
  problems.unknownKeys(raw, `${key}.`, DETECTOR_KEYS);
  const id = detectorId(raw.id, `${key}.id`, problems, builtinIds, seen);
  const groups = compiledGroups(raw.pattern, `${key}.pattern`, problems);
  const keywords = problems.strings(raw.keywords, `${key}.keywords`);
  if (keywords?.length === 0) problems.add(`${key}.keywords`, 'needs at least one keyword: the pattern only runs on text containing one');
  const secretGroup = optional('secretGroup', (value, at) => problems.number(value, at, 0, groups ?? 99, true));
  const minEntropy = optional('minEntropy', (value, at) => problems.number(value, at, 0, 8));
  const severity = optional('severity', (value, at) => problems.oneOf(value, at, SEVERITIES));
  const [title, provider, remediation, description] = ['title', 'provider', 'remediation', 'description'].map((name) =>
    optional(name, (value, at) => problems.string(value, at)),
  );
  const examples = optional('examples', (value, at) => validateExamples(value, at, problems));
  if (problems.count !== before || id === undefined || groups === undefined || keywords === undefined) return undefined;
  const detector = defineDetector({
    id,
    title: title ?? id,
    provider: provider ?? 'Custom',
    severity: severity ?? 'high',
    pattern: raw.pattern as string,
    keywords: keywords.map((keyword) => keyword.toLowerCase()), // the prefilter looks in lowercased text
    secretGroup: secretGroup ?? (groups > 0 ? 1 : 0),
    minEntropy,
    remediation: remediation ?? 'Revoke it where it was issued, rotate it, and load it from the environment or a secret manager.',
    description,
    examples: examples ?? { positive: [], negative: [] },
  });
  for (const failure of exampleFailures(detector)) problems.add(`${key}.${failure.key}`, failure.message);
  return detector;
}

function detectorId(value: unknown, key: string, problems: Problems, builtinIds: ReadonlySet<string>, seen: Set<string>): string | undefined {
  const id = problems.string(value, key);
  if (id === undefined) return undefined;
  if (!DETECTOR_ID.test(id)) return void problems.add(key, `${JSON.stringify(id)} must be lowercase words joined by - _ or . (e.g. "acme-api-key")`);
  if (builtinIds.has(id)) return void problems.add(key, `"${id}" is the id of a built-in detector: choose another (e.g. "custom-${id}")`);
  if (seen.has(id)) return void problems.add(key, `"${id}" is used by another custom detector`);
  seen.add(id);
  return id;
}

/** Compiles the pattern under RE2 and returns its number of capture groups (RE2's own message on failure). */
function compiledGroups(value: unknown, key: string, problems: Problems): number | undefined {
  const pattern = problems.string(value, key);
  if (pattern === undefined) return undefined;
  try {
    new RE2(pattern, 'g');
    // An empty alternative matches '', so exec returns one slot per group.
    return (new RE2(`(?:${pattern})|`).exec('') ?? ['']).length - 1;
  } catch (error) {
    return void problems.add(key, `RE2 rejects this pattern: ${(error as Error).message}`);
  }
}

function validateExamples(value: unknown, key: string, problems: Problems): Detector['examples'] | undefined {
  const raw = problems.object(value, key);
  if (raw === undefined) return undefined;
  problems.unknownKeys(raw, `${key}.`, ['positive', 'negative']);
  const positive = raw.positive === undefined ? [] : problems.strings(raw.positive, `${key}.positive`);
  const negative = raw.negative === undefined ? [] : problems.strings(raw.negative, `${key}.negative`);
  return positive === undefined || negative === undefined ? undefined : { positive, negative };
}
