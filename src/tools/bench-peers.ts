/**
 * Other secret scanners, run on the bench's scenarios when they are available here (`--peers`):
 * - secretlint (npm): installed by the bench into its temp dir (or reused from `--peers-dir`), run
 *   through its bin with the recommended preset on the staged files (it scans whole files, not diffs);
 * - git-secrets (Debian's `git-secrets`): its pre-commit hook command, `git secrets --pre_commit_hook`,
 *   which is `git secrets --scan` on the staged files, with the AWS patterns registered in the repo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from './bench-measure';
import { git, stagedPaths } from './bench-git';

/** The peers found or installed, or why each one is missing. */
export interface Peers {
  secretlintBin?: string;
  secretlintRc?: string;
  gitSecrets: boolean;
  notes: string[];
}

const SECRETLINT_PACKAGES = ['secretlint', '@secretlint/secretlint-rule-preset-recommend'];

/** Finds git-secrets and installs secretlint into `dir` unless it is already there. Never throws. */
export function preparePeers(dir: string): Peers {
  const peers: Peers = { gitSecrets: hasGitSecrets(), notes: [] };
  if (!peers.gitSecrets) peers.notes.push('git-secrets: not installed (Debian: apt-get install -y git-secrets); skipped');
  const bin = path.join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  try {
    if (!existsSync(bin)) {
      mkdirSync(dir, { recursive: true });
      process.stderr.write(`bench: npm install ${SECRETLINT_PACKAGES.join(' ')} (into ${dir}) …\n`);
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir, ...SECRETLINT_PACKAGES], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    peers.secretlintBin = bin;
    peers.secretlintRc = path.join(dir, '.secretlintrc.json');
    writeFileSync(peers.secretlintRc, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] })}\n`);
  } catch (error) {
    peers.notes.push(`secretlint: npm install failed (${String((error as Error).message).split('\n')[0]}); skipped`);
  }
  return peers;
}

function hasGitSecrets(): boolean {
  const probe = spawnSync('git', ['secrets', '--list'], { encoding: 'utf8', cwd: '/' });
  return !/is not a git command/.test(probe.stderr ?? '') && probe.error === undefined;
}

/** Peer commands equivalent to keyguard's hook in the scenario repository `repo`. */
export function peerCommands(peers: Peers, repo: string, timeoutMs?: number): Command[] {
  const commands: Command[] = [];
  // Both peers exit 1 when they report something (the typical commit holds one allowed fake key).
  if (peers.secretlintBin && peers.secretlintRc) {
    const files = stagedPaths(repo);
    commands.push({
      label: 'secretlint (staged files)',
      argv: [process.execPath, peers.secretlintBin, '--secretlintrc', peers.secretlintRc, '--no-glob', '--no-color', ...files],
      cwd: repo,
      timeoutMs,
      okExitCodes: [0, 1],
    });
  }
  if (peers.gitSecrets) {
    git(repo, ['secrets', '--register-aws']);
    commands.push({ label: 'git secrets --pre_commit_hook', argv: ['git', 'secrets', '--pre_commit_hook'], cwd: repo, timeoutMs, okExitCodes: [0, 1] });
  }
  return commands;
}
