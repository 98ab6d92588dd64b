import { readFileSync } from 'node:fs';
import RE2 from 're2';
import { detectors } from '../detectors';
import { Detector, examplePath, exampleText } from '../src/detector';
import { patchPattern, triggersOf } from '../src/scan/rescan-triggers';
import { commitFile, JsonFinding, JsonScan, newRepo, plant, registerLeakCheck, scanJson, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/**
 * Secrets spanning lines of which a commit changed only some (src/scan/context-rescan.ts): a
 * modified file whose patch fires a detector's rescan trigger is scanned whole from the index (or
 * the commit), on real repositories through the real CLI.
 */
useSuite();
registerLeakCheck();

const rescannable = detectors.filter((detector) => detector.rescanWhen !== undefined);

/** A repository whose first commit holds `files`, then the same paths changed to `changed`, staged. */
function modified(files: Record<string, string>, changed: Record<string, string>): TempRepo {
  const repo = newRepo();
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  repo.git('add', '-A');
  repo.git('commit', '-q', '--no-verify', '-m', 'initial');
  for (const [file, text] of Object.entries(changed)) repo.write(file, text);
  repo.git('add', '-A');
  return repo;
}

/** What a first commit of `files` reports (the added lines are the whole files). */
function firstCommit(files: Record<string, string>): JsonScan {
  const repo = newRepo();
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  repo.git('add', '-A');
  return scanJson(repo);
}

const of = (scan: JsonScan, file: string): JsonFinding[] => scan.findings.filter((finding) => finding.file === file);

/** A random base64 body in PEM lines (64 wide), as a fresh key's. */
function keyBody(): string {
  return plant('pem-private-key').secret.split('\n').slice(1, -1).join('\n');
}

const PLACEHOLDER_KEY = '-----BEGIN RSA PRIVATE KEY-----\nPASTE_KEY_HERE\n-----END RSA PRIVATE KEY-----\n';

describe('rescan triggers', () => {
  it.each(rescannable.map((detector) => [detector.id, detector]))('%s: its triggers compile under RE2', (_, detector) => {
    for (const trigger of triggersOf(detector as Detector)) expect(() => new RE2(patchPattern(trigger))).not.toThrow();
  });
});

describe('every rescannable detector, on its own multi-line examples', () => {
  // Each example whose match spans lines becomes a modified file: its first commit has every line
  // of the match that holds none of the detector's keywords replaced by a placeholder line, then
  // the example itself is staged. The added lines alone lack the keyword line, so only the rescan
  // can report it, and it must report it once, with the fingerprint a first commit gives.
  const cases = rescannable.flatMap((detector) =>
    detector.examples.positive.flatMap((example, index) => {
      const text = exampleText(example);
      const before = withInnerLinesReplaced(detector, text);
      if (before === undefined) return [];
      const name = examplePath(example) ?? 'example.txt';
      return [{ detector, file: `${detector.id}/${index}/${name}`, before, text }];
    }),
  );

  it('covers every rescannable detector', () => {
    expect(new Set(cases.map(({ detector }) => detector.id))).toEqual(new Set(rescannable.map((detector) => detector.id)));
  });

  it('finds each, once, with a first commit\'s fingerprints', () => {
    const first = firstCommit(Object.fromEntries(cases.map(({ file, text }) => [file, text])));
    const repo = modified(Object.fromEntries(cases.map(({ file, before }) => [file, before])), Object.fromEntries(cases.map(({ file, text }) => [file, text])));
    const scan = scanJson(repo);
    let ownFound = 0;
    for (const { detector, file } of cases) {
      const fingerprints = of(scan, file).map((finding) => finding.fingerprint);
      const expected = of(first, file).map((finding) => finding.fingerprint);
      // Reported once, with the fingerprints a first commit gives (a second specific detector on
      // the same text may report it too, as in a first commit).
      expect({ file, fingerprints: fingerprints.length > 0, once: new Set(fingerprints).size === fingerprints.length }).toEqual({ file, fingerprints: true, once: true });
      expect({ file, unexpected: fingerprints.filter((fingerprint) => !expected.includes(fingerprint)) }).toEqual({ file, unexpected: [] });
      if (fingerprints.some((fingerprint) => fingerprint.startsWith(`${detector.id}:`))) ownFound++;
    }
    expect(ownFound).toBe(cases.length);
  });
});

/**
 * `text` with each line of the detector's first match that contains none of its keywords replaced by
 * a placeholder line; undefined when no line would change (a one-line example).
 */
function withInnerLinesReplaced(detector: Detector, text: string): string | undefined {
  const match = new RE2(detector.pattern).exec(text);
  if (match === null) return undefined;
  const lines = text.split('\n');
  let offset = 0;
  let changed = false;
  const replaced = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    const inMatch = start < match.index + match[0].length && offset - 1 > match.index;
    if (!inMatch || line.trim() === '' || detector.keywords.some((keyword) => line.toLowerCase().includes(keyword))) return line;
    changed = true;
    return 'REPLACE_ME';
  });
  return changed ? replaced.join('\n') : undefined;
}

describe('a private key whose body alone is added', () => {
  it('reports a placeholder body replaced by a real one, once, at the BEGIN line, with the first commit\'s fingerprint', () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${keyBody()}\n-----END RSA PRIVATE KEY-----\n`;
    const repo = modified({ 'deploy/key.pem': PLACEHOLDER_KEY }, { 'deploy/key.pem': key });
    const scan = scanJson(repo);
    expect(scan.code).toBe(1);
    expect(scan.findings.map(({ ruleId, file, line }) => [ruleId, file, line])).toEqual([['pem-private-key', 'deploy/key.pem', 1]]);
    const first = firstCommit({ 'deploy/key.pem': key });
    expect(first.findings.map(({ ruleId, fingerprint }) => [ruleId, fingerprint])).toEqual([['pem-private-key', scan.findings[0].fingerprint]]);
  });

  it('stays quiet when the body is replaced by another placeholder', () => {
    const repo = modified({ 'key.pem': PLACEHOLDER_KEY }, { 'key.pem': '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n' });
    expect(scanJson(repo).findings).toEqual([]);
  });

  it('finds an OpenSSH key body in a YAML block scalar', () => {
    const ssh = plant('openssh-private-key').secret;
    const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');
    const placeholder = '-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----';
    const repo = modified({ 'ci/vars.yml': `deploy_key: |\n${indent(placeholder)}\n` }, { 'ci/vars.yml': `deploy_key: |\n${indent(ssh)}\n` });
    expect(scanJson(repo).findings.map(({ ruleId, line }) => [ruleId, line])).toEqual([['openssh-private-key', 2]]);
  });

  it('lets `keyguard:allow-next-line` on the unchanged line above the block allow it', () => {
    const wrap = (key: string) => `# keyguard:allow-next-line pem-private-key (test fixture)\nKEY = """${key}"""\n`;
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${keyBody()}\n-----END RSA PRIVATE KEY-----`;
    const repo = modified({ 'tests/fixture.py': wrap(PLACEHOLDER_KEY.trim()) }, { 'tests/fixture.py': wrap(key) });
    const scan = scanJson(repo);
    expect(scan.code).toBe(0);
    expect(scan.findings).toEqual([]);
  });

  it('does not report a committed key whose body lines were only re-indented', () => {
    const body = keyBody();
    const block = (indent: string) => `tls_key: |\n  -----BEGIN RSA PRIVATE KEY-----\n${body.split('\n').map((line) => indent + line).join('\n')}\n  -----END RSA PRIVATE KEY-----\n`;
    const repo = modified({ 'values.yaml': block('  ') }, { 'values.yaml': block('    ') });
    expect(repo.git('diff', '--cached', '--numstat')).toMatch(/^\d+\t\d+\tvalues\.yaml/);
    expect(scanJson(repo).findings).toEqual([]);
  });

  it('is found by `scan --range` in the commit that filled the body in', () => {
    const repo = newRepo();
    commitFile(repo, 'key.pem', PLACEHOLDER_KEY, 'placeholder');
    const culprit = commitFile(repo, 'key.pem', `-----BEGIN RSA PRIVATE KEY-----\n${keyBody()}\n-----END RSA PRIVATE KEY-----\n`, 'real key');
    const scan = scanJson(repo, { args: ['--range', 'HEAD~1..HEAD'] });
    expect(scan.findings.map(({ ruleId, line, commit }) => [ruleId, line, commit])).toEqual([['pem-private-key', 1, culprit]]);
  });
});

describe('a service-account key file whose private_key alone changes', () => {
  const keyFile = (privateKey: string) =>
    `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key": "${privateKey}",\n  "client_email": "ci@acme-prod.iam.gserviceaccount.com"\n}\n`;

  it('reports what a first commit of the file reports', () => {
    const pkcs8 = plant('pem-private-key').secret.replace(/RSA PRIVATE KEY/g, 'PRIVATE KEY').replace(/\n/g, '\\n');
    const real = keyFile(`${pkcs8}\\n`);
    const repo = modified({ 'gcp/sa.json': keyFile('') }, { 'gcp/sa.json': real });
    const scan = scanJson(repo);
    const first = firstCommit({ 'gcp/sa.json': real });
    expect(first.findings.map(({ ruleId }) => ruleId).sort()).toEqual(['gcp-service-account-key', 'pem-private-key']);
    expect(scan.findings.map(({ fingerprint }) => fingerprint).sort()).toEqual(first.findings.map(({ fingerprint }) => fingerprint).sort());
  });
});

describe('a Kubernetes Secret whose value alone changes', () => {
  const manifest = (password: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: ${password}\n`;
  const encoded = () => Buffer.from(plant('generic-password').secret).toString('base64');

  it('reports the Secret (not a generic password), once, as a first commit does', () => {
    const real = manifest(encoded());
    const repo = modified({ 'k8s/secret.yaml': manifest('""') }, { 'k8s/secret.yaml': real });
    const scan = scanJson(repo);
    expect(scan.findings.map(({ ruleId, line }) => [ruleId, line])).toEqual([['kubernetes-secret', 7]]);
    expect(firstCommit({ 'k8s/secret.yaml': real }).findings.map(({ ruleId, fingerprint }) => [ruleId, fingerprint])).toEqual([
      ['kubernetes-secret', scan.findings[0].fingerprint],
    ]);
  });

  it('stays quiet for a templated value, and for a ConfigMap', () => {
    const repo = modified(
      { 'a/secret.yaml': manifest('""'), 'b/config.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: ""\n' },
      { 'a/secret.yaml': manifest('{{ .Values.password | b64enc }}'), 'b/config.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbi1tb2Rl\n' },
    );
    expect(scanJson(repo).findings).toEqual([]);
  });
});

describe('a netrc entry whose password alone changes', () => {
  const script = (password: string) => `#!/bin/sh\ncat > ~/.netrc <<EOF\nmachine registry.acme-corp.io\nlogin ci\npassword ${password}\nEOF\n`;

  it('reports it at the password line', () => {
    const repo = modified({ 'ci/setup.sh': script('CHANGEME') }, { 'ci/setup.sh': script(plant('generic-password').secret) });
    expect(scanJson(repo).findings.map(({ ruleId, line }) => [ruleId, line])).toEqual([['netrc-password', 5]]);
  });

  it('honours `keyguard:allow` on the changed line', () => {
    const repo = modified({ 'ci/setup.sh': script('CHANGEME') }, { 'ci/setup.sh': script(`${plant('generic-password').secret} # keyguard:allow`) });
    const scan = scanJson(repo);
    expect(scan.code).toBe(0);
    expect(scan.findings).toEqual([]);
  });
});

describe('ordinary edits next to secret-shaped context', () => {
  it('stay quiet: a workflow token from secrets, a Deployment env entry, a chart tag bump, a JS object literal', () => {
    const workflow = 'jobs:\n  test:\n    steps:\n      - uses: codecov/codecov-action@v4\n        with:\n          files: coverage.xml\n';
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  containers:\n    - name: api\n      env:\n        - name: DB_HOST\n          value: db\n';
    const values = 'image:\n  tag: 1.2.3\ndatadog:\n  apiKey: ""\n';
    const client = "export function client() {\n  return new Api({\n    baseUrl: 'https://api.acme-corp.io',\n  });\n}\n";
    const repo = modified(
      { '.github/workflows/ci.yml': workflow, 'k8s/deploy.yaml': deployment, 'chart/values.yaml': values, 'src/client.js': client },
      {
        '.github/workflows/ci.yml': `${workflow}          token: \${{ secrets.CODECOV_TOKEN }}\n`,
        'k8s/deploy.yaml': `${deployment}        - name: API_TOKEN\n          valueFrom: { secretKeyRef: { name: api, key: token } }\n`,
        'chart/values.yaml': values.replace('1.2.3', '1.2.4'),
        'src/client.js': client.replace("io',\n", "io',\n    apiKey: process.env.API_KEY,\n    token: config.token,\n"),
      },
    );
    expect(scanJson(repo).findings).toEqual([]);
  });
});

describe('cost', () => {
  /** The git commands a scan ran, from GIT_TRACE. */
  function gitCommands(repo: TempRepo): string[] {
    const trace = repo.path('../trace.log');
    scanJson(repo, { env: { GIT_TRACE: trace } });
    return readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('trace: built-in: git'));
  }

  it('reads no blob for a modified file that fires no trigger, one batch for those that do', () => {
    const code = 'export const a = 1;\n';
    const quiet = modified({ 'src/a.ts': code, 'k.pem': PLACEHOLDER_KEY }, { 'src/a.ts': `${code}export const b = 2;\n` });
    expect(gitCommands(quiet).filter((line) => line.includes('cat-file'))).toEqual([]);
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${keyBody()}\n-----END RSA PRIVATE KEY-----\n`;
    const fired = modified({ 'a.pem': PLACEHOLDER_KEY, 'b.pem': PLACEHOLDER_KEY }, { 'a.pem': key, 'b.pem': key });
    expect(gitCommands(fired).filter((line) => line.includes('cat-file'))).toHaveLength(1);
  });
});

