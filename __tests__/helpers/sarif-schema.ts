import Ajv, { ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KEYGUARD_ROOT } from './temp-repo';

/**
 * The official SARIF 2.1.0 JSON schema (OASIS Committee Specification, JSON Schema draft-07),
 * vendored from github.com/oasis-tcs/sarif-spec
 * `Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json`.
 */
export const SARIF_SCHEMA_FILE = path.join(KEYGUARD_ROOT, '__tests__', 'fixtures', 'sarif-schema-2.1.0.json');

/** RFC 3986 characters allowed in a URI reference; `%` must start a percent-encoded octet. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The schema's three formats, checked rather than ignored (ajv-formats is not a dependency):
 * `uri` is absolute, `uri-reference` may be relative, both in RFC 3986 characters.
 */
const FORMATS = {
  uri: (value: string) => URI_CHARS.test(value) && SCHEME.test(value) && URL.canParse(value),
  'uri-reference': (value: string) => URI_CHARS.test(value) && URL.canParse(value, 'https://base.invalid/'),
  'date-time': (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value)),
};

let compiled: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

/** Validates a parsed SARIF log; returns the schema errors (empty when valid). */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  if (compiled === undefined) {
    // strict: false: the schema uses keywords ajv's strict mode flags (e.g. `default` beside `$ref`).
    const ajv = new Ajv({ strict: false, allErrors: true, formats: FORMATS });
    compiled = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
  }
  return compiled(log) ? [] : [...(compiled.errors ?? [])];
}
