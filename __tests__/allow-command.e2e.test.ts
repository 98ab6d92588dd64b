import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { installHook, plant, registerLeakCheck, repoWithHistory, scanJson, useSuite } from './helpers/suite';
import { capturedOutputs, KEYGUARD_BIN, TempRepo } from './helpers/temp-repo';

/** `keyguard allow` and its modes on real temp repositories, through the real CLI. */
useSuite();
registerLeakCheck();

function fingerprintsOf(repo: TempRepo): string[] {
  return scanJson(repo).findings.map((finding) => finding.fingerprint);
}

/** Starts a real keyguard process without waiting for it. */
function keyguardAsync(repo: TempRepo, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KEYGUARD_BIN, ...args], { cwd: repo.dir, env: repo.env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('keyguard allow --last', () => {
  it('shows every finding of the blocked commit, redacted, then allows them all', () => {
    const repo = repoWithHistory();
    installHook(repo);
    const github = plant('github-pat');
    const stripe = plant('stripe-secret-key');
    repo.write('fixtures/keys.env', `A=1\n${github.line}\n${stripe.line}\n`).git('add', '.');
    expect(repo.gitResult('commit', '-m', 'fixtures').code).not.toBe(0);

    const record = readFileSync(repo.path('.git/keyguard/last-scan.json'), 'utf8');
    for (const secret of [github.secret, stripe.secret]) expect(record).not.toContain(secret);
    expect(JSON.parse(record).findings.map((finding: { line: number }) => finding.line).sort()).toEqual([2, 3]);

    const allow = repo.keyguard(['allow', '--last', '--reason', 'test fixtures']);
    expect(allow.code).toBe(0);
    expect(allow.stderr).toContain('fixtures/keys.env:2  github-pat [critical]');
    expect(allow.stderr).toContain('fixtures/keys.env:3  stripe-secret-key');
    expect(allow.stderr.match(/keyguard: allowed /g)).toHaveLength(2);
    expect(readFileSync(repo.path('.keyguardignore'), 'utf8').match(/# test fixtures/g)).toHaveLength(2);
    repo.git('add', '.keyguardignore');
    expect(repo.gitResult('commit', '-q', '-m', 'fixtures').code).toBe(0);
  });

  it('exits 2 when no blocked scan was recorded', () => {
    const repo = repoWithHistory();
    const result = repo.keyguard(['allow', '--last']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no blocked scan is recorded');
  });
});

describe('keyguard allow --list and --remove', () => {
  it('lists reasons and staged matches, and removing an entry makes the finding block again', () => {
    const repo = repoWithHistory();
    const github = plant('github-pat');
    repo.write('a.env', `${github.line}\n`).git('add', '.');
    const [fingerprint] = fingerprintsOf(repo);
    const other = 'npm-access-token:00000000ffffffff';
    expect(repo.keyguard(['allow', fingerprint, '--reason', 'documented fixture']).code).toBe(0);
    expect(repo.keyguard(['allow', other]).code).toBe(0);
    expect(repo.keyguard(['scan']).code).toBe(0);

    const list = repo.keyguard(['allow', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${fingerprint} +matches staged +documented fixture`));
    expect(list.stdout).toMatch(new RegExp(`${other} +matches nothing +\\(no reason given\\)`));


    const remove = repo.keyguard(['allow', '--remove', fingerprint]);
    expect(remove.code).toBe(0);
    expect(remove.stderr).toContain(`removed ${fingerprint}`);
    expect(repo.keyguard(['scan']).code).toBe(1);
    const ignore = readFileSync(repo.path('.keyguardignore'), 'utf8');
    expect(ignore).not.toContain(fingerprint);
    expect(ignore).toContain(other);
    expect(ignore).toMatch(/^# keyguard: findings allowed/); // the header stays

    // Allowed again and committed, nothing staged: the entry still matches the tracked files.
    expect(repo.keyguard(['allow', fingerprint, '--reason', 'documented fixture']).code).toBe(0);
    repo.git('commit', '-q', '-m', 'fixture');
    expect(repo.keyguard(['allow', '--list']).stdout).toMatch(new RegExp(`${fingerprint} +in tracked files +documented fixture`));
  });

  it('refuses mixed modes and a bare --remove', () => {
    const repo = repoWithHistory();
    expect(repo.keyguard(['allow', '--list', '--last']).stderr).toContain('not --last and --list');
    expect(repo.keyguard(['allow', '--remove']).code).toBe(2);
  });
});

describe('concurrent keyguard allow', () => {
  it('loses no entry when eight processes add at once', async () => {
    const repo = repoWithHistory();
    const fingerprints = Array.from({ length: 8 }, (_, index) => `github-pat:${index.toString(16).padStart(16, '0')}`);
    const results = await Promise.all(fingerprints.map((fingerprint) => keyguardAsync(repo, ['allow', fingerprint])));
    capturedOutputs.push(...results.map((result) => result.stderr));
    expect(results.map((result) => result.code)).toEqual(fingerprints.map(() => 0));
    const content = readFileSync(repo.path('.keyguardignore'), 'utf8');
    for (const fingerprint of fingerprints) expect(content.split(fingerprint)).toHaveLength(2);
    expect(content.match(/^# keyguard: findings allowed/gm)).toHaveLength(1);
  });

  it('waits for a held lock, and takes over one left by a dead process', async () => {
    const repo = repoWithHistory();
    const lock = repo.path('.keyguardignore.lock');
    writeFileSync(lock, '12345\n');
    const waiting = keyguardAsync(repo, ['allow', 'github-pat:0000000000000001']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readFileSync(lock, 'utf8')).toBe('12345\n'); // still waiting: nothing written
    writeFileSync(lock, '12345\n');
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000)); // now stale
    expect((await waiting).code).toBe(0);
    expect(readFileSync(repo.path('.keyguardignore'), 'utf8')).toContain('github-pat:0000000000000001');
  });
});
