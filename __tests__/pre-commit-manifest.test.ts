import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeSecret } from './helpers/fake-secrets';
import { newRepo, useSuite } from './helpers/suite';
import { KEYGUARD_ROOT } from './helpers/temp-repo';

/**
 * `.pre-commit-hooks.yaml`, the manifest the pre-commit framework reads from a hook repository
 * (https://pre-commit.com/#creating-new-hooks): its keys, and that its entry runs the real CLI.
 */
interface ManifestHook {
  [key: string]: unknown;
  id: string;
  entry: string;
}

// The manifest keys pre-commit knows (pre-commit's clientlib MANIFEST_HOOK_DICT); others only warn there, so a typo would pass silently.
const KNOWN_KEYS = [
  'id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types',
  'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description',
  'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose',
];
// Stage names as of pre-commit 3.2 (git hook names, plus `manual`).
const STAGES = [
  'commit-msg', 'post-checkout', 'post-commit', 'post-merge', 'post-rewrite', 'pre-commit', 'pre-merge-commit',
  'pre-push', 'pre-rebase', 'prepare-commit-msg', 'manual',
];

const manifest = yaml.load(readFileSync(path.join(KEYGUARD_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as ManifestHook[];
const pkg = JSON.parse(readFileSync(path.join(KEYGUARD_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
useSuite();

describe('.pre-commit-hooks.yaml', () => {
  it('is a list of hooks with the required keys, and no key pre-commit does not know', () => {
    expect(Array.isArray(manifest)).toBe(true);
    expect(manifest.map((hook) => hook.id)).toEqual(['keyguard']);
    for (const hook of manifest) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key] === 'string' && hook[key] !== '').toBe(true);
      expect(Object.keys(hook).filter((key) => !KNOWN_KEYS.includes(key))).toEqual([]);
    }
  });

  it('installs keyguard as a node package and runs it once per commit, on the staged diff', () => {
    const [hook] = manifest;
    expect(hook.language).toBe('node');
    expect(hook.pass_filenames).toBe(false);
    expect(hook.always_run).toBe(true);
    expect(hook.stages).toEqual(['pre-commit']);
    for (const stage of hook.stages as string[]) expect(STAGES).toContain(stage);
    expect(hook.minimum_pre_commit_version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has an entry whose command is a bin of package.json, shipped in the package's files", () => {
    const [command] = manifest[0].entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(command);
    const binPath = pkg.bin[command];
    expect(existsSync(path.join(KEYGUARD_ROOT, binPath))).toBe(true);
    expect(pkg.files.some((entry) => binPath.startsWith(entry.replace(/\/$/, '') + '/') || entry === binPath)).toBe(true);
  });

  it("has an entry whose arguments the real CLI accepts: blocks a staged secret, passes a clean change", () => {
    const args = manifest[0].entry.split(' ').slice(1);
    const repo = newRepo();
    repo.write('clean.txt', 'hello\n').git('add', '.');
    expect(repo.keyguard(args).code).toBe(0);
    repo.write('app.env', `${fakeSecret('github-pat').line}\n`).git('add', '.');
    const blocked = repo.keyguard(args);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('Commit blocked');
  });
});
