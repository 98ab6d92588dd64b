import yaml from 'js-yaml';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fakeSecret } from './helpers/fake-secrets';
import { newRepo, useSuite } from './helpers/suite';
import { KEYGUARD_ROOT } from './helpers/temp-repo';

/** docs/recipes.md: its YAML and JSON blocks parse, and what it promises holds on real repositories. */
const recipes = readFileSync(path.join(KEYGUARD_ROOT, 'docs', 'recipes.md'), 'utf8');
useSuite();

function codeBlocks(language: string): string[] {
  return [...recipes.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
}

interface WorkflowStep {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}

describe('docs/recipes.md', () => {
  it('has YAML and JSON blocks that parse', () => {
    const yamlBlocks = codeBlocks('yaml');
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(3);
    for (const block of yamlBlocks) expect(() => yaml.load(block)).not.toThrow();
    for (const block of codeBlocks('json')) expect(() => JSON.parse(block)).not.toThrow();
  });

  it('has a GitHub workflow that uploads the SARIF file the scan writes, also after a failing scan', () => {
    const workflow = codeBlocks('yaml')
      .map((block) => yaml.load(block) as { permissions?: Record<string, string>; jobs?: Record<string, { steps: WorkflowStep[] }> })
      .find((document) => document?.jobs !== undefined)!;
    expect(workflow.permissions?.['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs!)[0].steps;
    const scan = steps.find((step) => step.run?.includes('keyguard scan'))!;
    expect(scan.run).toBe('npx keyguard scan --range origin/${{ github.base_ref }}..HEAD --format sarif --output keyguard.sarif');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with?.sarif_file).toBe('keyguard.sarif');
    expect(upload.if).toContain('always()');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(scan));
  });

  it("has a monorepo exclude example that keyguard's configuration accepts and applies", () => {
    const [config] = codeBlocks('json');
    const repo = newRepo();
    repo.write('.keyguardrc.json', config);
    repo.write('packages/api/test/fixtures/token.txt', `${fakeSecret('github-pat').line}\n`).git('add', '.');
    const run = repo.keyguard(['scan', '--verbose']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skipped packages/api/test/fixtures/token.txt (excluded by config)');
  });

  it('monorepo: keyguard installed in a subdirectory guards commits anywhere in the repository', () => {
    const repo = newRepo();
    repo.write('web/package.json', '{ "name": "web", "private": true }\n').write('.gitignore', 'node_modules/\n');
    repo.write('web/node_modules/.keep', '');
    symlinkSync(KEYGUARD_ROOT, repo.path('web/node_modules/keyguard'));
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'initial');
    const install = repo.keyguard(['install'], { cwd: repo.path('web') });
    expect(install.code).toBe(0);
    expect(install.stderr + install.stdout).toContain('./web/node_modules/keyguard/bin/keyguard.js');

    repo.write('services/go/config.env', `${fakeSecret('stripe-secret-key').line}\n`).git('add', '.');
    const commit = repo.gitResult('commit', '-q', '-m', 'go service config');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('services/go/config.env:1:');
  });
});
