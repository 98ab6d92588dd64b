import { wantsColor } from '../src/report/style';
import { fakeSecret } from './helpers/fake-secrets';
import { repoWithHistory, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';
import { keyguardOnTerminal } from './helpers/terminal';

/** Colour in the human report: NO_COLOR, FORCE_COLOR, TTY detection; never in machine formats. */
const ESC = '\u001b[';
useSuite();

function repoWithStagedSecret(): TempRepo {
  const repo = repoWithHistory();
  repo.write('app.env', `${fakeSecret('github-pat').line}\n`).git('add', 'app.env');
  return repo;
}

/** `keyguard scan` on a real pseudo-terminal; these tests need script(1). */
function scanOnTerminal(repo: TempRepo, env: NodeJS.ProcessEnv = {}): string {
  const output = keyguardOnTerminal(repo, ['scan'], env);
  if (output === undefined) throw new Error('script(1) (util-linux) is not installed');
  return output;
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const withoutTiming = (text: string) => text.replace(/in \d+ ms/, 'in N ms');

describe('wantsColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true], // no-color.org: only a non-empty value counts
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true], // as in Node.js: FORCE_COLOR wins
  ] as Array<[NodeJS.ProcessEnv, boolean, boolean]>)('%j on a TTY=%s → %s', (env, isTTY, expected) => {
    expect(wantsColor(env, isTTY)).toBe(expected);
  });
});

describe('colour in the human report', () => {
  it('is off when stderr is not a terminal (a pipe, as in CI logs)', () => {
    const run = repoWithStagedSecret().keyguard(['scan']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Commit blocked');
    expect(run.stderr).not.toContain(ESC);
  });

  it('is on with FORCE_COLOR, and only adds styling: the text is the same', () => {
    const repo = repoWithStagedSecret();
    const plain = repo.keyguard(['scan']).stderr;
    const colored = repo.keyguard(['scan'], { env: { FORCE_COLOR: '1' } }).stderr;
    expect(colored).toContain(`${ESC}31m`);
    expect(colored).toContain(`${ESC}1mapp.env:1:`);
    expect(withoutTiming(stripAnsi(colored))).toBe(withoutTiming(plain));
  });

  it('is on for a terminal, and off there with NO_COLOR or FORCE_COLOR=0', () => {
    const repo = repoWithStagedSecret();
    const terminal = scanOnTerminal(repo);
    expect(terminal).toContain('Commit blocked');
    expect(terminal).toContain(ESC);
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { TERM: 'dumb' }]) {
      const output = scanOnTerminal(repo, env);
      expect(output).toContain('Commit blocked');
      expect(output).not.toContain(ESC);
    }
  });

  it('is never in JSON or SARIF, even when forced', () => {
    const repo = repoWithStagedSecret();
    for (const format of ['json', 'sarif']) {
      const run = repo.keyguard(['scan', '--format', format], { env: { FORCE_COLOR: '1' } });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain(ESC);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });
});
