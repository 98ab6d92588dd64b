import { readFileSync } from 'node:fs';
import { Finding } from '../src/finding';
import { FINGERPRINT_NAME, formatSarif, relativeUri } from '../src/report/sarif';
import { ScanResult } from '../src/scan/scan-staged';
import { SARIF_SCHEMA_FILE, sarifSchemaErrors } from './helpers/sarif-schema';
import { plant, registerLeakCheck, repoWithHistory, scanJson, useSuite } from './helpers/suite';

/** `keyguard scan --format sarif` on real repositories, checked against the official SARIF 2.1.0 schema. */
useSuite();
registerLeakCheck();

// Narrow views of the parts of the log the tests read.
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }>;
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  help: { text: string };
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }>;
}

describe('the vendored SARIF schema', () => {
  it('is the draft-07 SARIF 2.1.0 schema and rejects an invalid log', () => {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.version.enum).toEqual(['2.1.0']);
    expect(Object.keys(schema.definitions)).toHaveLength(52);
    // The validator really validates: these break a required key, an enum, a minimum and a format.
    expect(sarifSchemaErrors({ version: '2.1.0' }).length).toBeGreaterThan(0);
    const bad = (result: object) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [result] }] });
    expect(sarifSchemaErrors(bad({ message: { text: 'm' }, level: 'fatal' })).length).toBeGreaterThan(0);
    const region = { startLine: 0 };
    expect(sarifSchemaErrors(bad({ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region } }] })).length).toBeGreaterThan(0);
    expect(sarifSchemaErrors(bad({ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' } } }] })).length).toBeGreaterThan(0);
    expect(sarifSchemaErrors(bad({ message: { text: 'm' } }))).toEqual([]);
  });
});

describe('keyguard scan --format sarif', () => {
  it('writes a schema-valid log with rules, locations and fingerprints, and never a secret', () => {
    const repo = repoWithHistory();
    const pat = plant('github-pat');
    const stripe = plant('stripe-secret-key');
    const pat2 = plant('github-pat');
    repo.write('config/app settings.env', `A=1\n${pat.line}\n`);
    repo.write('src/billing.py', `# billing\n\nKEY = "${stripe.secret}"\n${pat2.line}\n`);
    repo.git('add', '.');

    const run = repo.keyguard(['scan', '--staged', '--format', 'sarif']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const secret of [pat.secret, stripe.secret, pat2.secret]) expect(run.stdout).not.toContain(secret);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);

    const [{ tool, results }] = log.runs;
    expect(tool.driver).toMatchObject({ name: 'keyguard', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(tool.driver.informationUri).toMatch(/^https:\/\//);
    // Only the rules that fired, each once, and results point at them by id and index.
    expect(tool.driver.rules.map((rule) => rule.id).sort()).toEqual(['github-pat', 'stripe-secret-key']);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const patRule = tool.driver.rules.find((rule) => rule.id === 'github-pat')!;
    expect(patRule.defaultConfiguration.level).toBe('error');
    expect(patRule.properties['security-severity']).toBe('9.5');
    expect(patRule.help.text).toContain('github.com/settings/tokens');

    expect(results).toHaveLength(3);
    const first = results.find((result) => result.locations[0].physicalLocation.artifactLocation.uri.startsWith('config/'))!;
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'config/app%20settings.env', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: pat.line.indexOf(pat.secret) + 1 },
    });
    expect(first.partialFingerprints[FINGERPRINT_NAME]).toMatch(/^github-pat:[0-9a-f]{16}$/);
    expect(first.message.text).toContain(pat.secret.slice(0, 4));
    const stripeResult = results.find((result) => result.ruleId === 'stripe-secret-key')!;
    expect(stripeResult.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 8 });
    // Fingerprints are the ones `keyguard allow` takes: the JSON report has the same.
    const json = scanJson(repo);
    expect(results.map((result) => result.partialFingerprints[FINGERPRINT_NAME]).sort()).toEqual(json.findings.map((finding) => finding.fingerprint).sort());
  });

  it('writes a valid, empty log when nothing is found (exit 0)', () => {
    const repo = repoWithHistory();
    repo.write('src/index.js', 'export const answer = 42;\n').git('add', '.');
    const run = repo.keyguard(['scan', '--format', 'sarif']);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('rejects an unknown format with exit 2, naming the choices', () => {
    const repo = repoWithHistory();
    const run = repo.keyguard(['scan', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected human, json, sarif');
  });
});

describe('formatSarif', () => {
  const finding: Finding = {
    ruleId: 'aws-access-key-id', provider: 'AWS', title: 'Access key ID', severity: 'high', file: 'deploy/aws.env', line: 4,
    column: 19, fingerprint: 'aws-access-key-id:0123456789abcdef', redacted: 'AKIA…(20 chars)', description: 'AWS Access key ID',
    remediation: 'Deactivate the key in IAM.',
  };
  const resultOf = (findings: Finding[]): ScanResult => ({
    findings, warnings: [], stats: { files: 1, lines: 4, durationMs: 1 }, skipped: [], allowed: { inline: 0, fingerprint: 0, baseline: 0 },
  });
  const tool = { name: 'keyguard', version: '9.9.9', informationUri: 'https://example.invalid/keyguard' };

  it('names the commit of a range-scan finding in the result properties', () => {
    const fromRange = { ...finding, commit: 'abc1234' };
    const log = JSON.parse(formatSarif(resultOf([fromRange, finding]), tool));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results[0].properties).toEqual({ commit: 'abc1234' });
    expect(log.runs[0].results[1].properties).toBeUndefined();
    expect(log.runs[0].tool.driver).toMatchObject({ version: '9.9.9', rules: [{ id: 'aws-access-key-id', properties: { 'security-severity': '8.0' } }] });
  });

  it('reports findings below failOn as notes after the blocking ones, still schema-valid', () => {
    const warning = { ...finding, ruleId: 'generic-password', severity: 'medium' as const, fingerprint: 'generic-password:0123456789abcdef' };
    const log = JSON.parse(formatSarif({ ...resultOf([finding]), warnings: [warning] }, tool));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results.map((result: { ruleId: string; level: string }) => [result.ruleId, result.level])).toEqual([
      ['aws-access-key-id', 'error'],
      ['generic-password', 'note'],
    ]);
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['aws-access-key-id', 'generic-password']);
  });

  it.each([
    ['critical', 'error', '9.5'],
    ['high', 'error', '8.0'],
    ['medium', 'warning', '5.5'],
    ['low', 'note', '3.0'],
  ] as const)('maps severity %s to level %s and security-severity %s', (severity, level, score) => {
    const log = JSON.parse(formatSarif(resultOf([{ ...finding, severity }]), tool));
    expect(log.runs[0].results[0].level).toBe(level);
    expect(log.runs[0].tool.driver.rules[0].defaultConfiguration.level).toBe(level);
    expect(log.runs[0].tool.driver.rules[0].properties['security-severity']).toBe(score);
  });
});

describe('relativeUri', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['dir with space/file #1.txt', 'dir%20with%20space/file%20%231.txt'],
    ['100%/x:y.env', '100%25/x%3Ay.env'],
    ['ünï/cödé.js', '%C3%BCn%C3%AF/c%C3%B6d%C3%A9.js'],
  ])('%s → %s', (file, uri) => {
    expect(relativeUri(file)).toBe(uri);
    expect(decodeURIComponent(uri)).toBe(file);
  });
});
