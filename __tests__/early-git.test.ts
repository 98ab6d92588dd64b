import { EarlyGit, GitOptions, runGit, streamGit } from '../src/git/exec';
import { stagedDiffArgs } from '../src/git/staged';
import { newRepo, useSuite } from './helpers/suite';

// EarlyGit starts a git command before its output is wanted (the staged diff, while the detectors
// load). What it hands over later must be exactly what a direct run prints, however long git
// waited and whether or not it already exited.
useSuite();

function repoWithStaged(content: string): GitOptions {
  const repo = newRepo();
  repo.write('big.txt', content).git('add', 'big.txt');
  return { cwd: repo.path('.'), env: repo.env };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('EarlyGit', () => {
  it('hands over the whole output of a command that exited before it was taken', async () => {
    const git = repoWithStaged('line one\nline two\n');
    const direct = await runGit(stagedDiffArgs(), git);
    const early = new EarlyGit();
    early.start(stagedDiffArgs(), git);
    await sleep(300); // git is done by now: Node would discard an exited child's unread output
    expect((await runGit(stagedDiffArgs(), { ...git, early })).equals(direct)).toBe(true);
  });

  it('holds back a big output (git waits) and then delivers all of it in order', async () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => `line ${index} of a file far bigger than the pipe and the held limit`);
    const git = repoWithStaged(`${lines.join('\n')}\n`);
    const direct = await runGit(stagedDiffArgs(), git);
    expect(direct.length).toBeGreaterThan(4 << 20);
    const early = new EarlyGit();
    early.start(stagedDiffArgs(), git);
    await sleep(300);
    const chunks: Buffer[] = [];
    await streamGit(stagedDiffArgs(), { ...git, early }, (chunk) => chunks.push(chunk));
    expect(Buffer.concat(chunks).equals(direct)).toBe(true);
  });

  it('is taken once: a second identical call spawns its own git', async () => {
    const git = repoWithStaged('x\n');
    const early = new EarlyGit();
    early.start(['rev-parse', '--show-toplevel'], git);
    const first = await runGit(['rev-parse', '--show-toplevel'], { ...git, early });
    const second = await runGit(['rev-parse', '--show-toplevel'], { ...git, early });
    expect(second.equals(first)).toBe(true);
  });

  it('kills what was never taken when discarded (a git blocked on a full pipe would never exit)', async () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => `unread line ${index} that keeps git blocked on a full pipe`);
    const git = repoWithStaged(`${lines.join('\n')}\n`);
    const early = new EarlyGit();
    early.start(stagedDiffArgs(), git);
    await sleep(200);
    await early.discard(); // resolves only once git has exited
    expect(early.take(stagedDiffArgs())).toBeUndefined();
  });

  it('reports git missing from the PATH as such, also for an early command', async () => {
    const git = repoWithStaged('x\n');
    const early = new EarlyGit();
    const noGit = { ...git, env: { ...git.env, PATH: '/nonexistent' } };
    early.start(stagedDiffArgs(), noGit);
    await sleep(100);
    await expect(runGit(stagedDiffArgs(), { ...noGit, early })).rejects.toMatchObject({ name: 'GitNotFoundError' });
  });
});
