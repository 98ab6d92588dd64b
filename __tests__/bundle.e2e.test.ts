import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { BundledModule, bundleFile, loadBundle } from '../src/cli/load-bundle';
import { withoutExamples } from '../src/tools/without-examples';
import { capturedOutputs, KEYGUARD_BIN, KEYGUARD_ROOT } from './helpers/temp-repo';
import { newRepo, plant, registerLeakCheck, useSuite } from './helpers/suite';

// The CLI runs from dist/bundle (one script, with a V8 code cache) that `npm run build` makes:
// these tests check that the bundle npm test just built is whole, current and actually used.
useSuite();
registerLeakCheck();

const DIST = path.join(KEYGUARD_ROOT, 'dist');

/** dist/<root>'s .js files as the bundle names them (relative to dist/, forward slashes). */
function compiledModules(root: string): string[] {
  return readdirSync(path.join(DIST, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => `${root}/${file.split(path.sep).join('/')}`);
}

/**
 * A minimal dist/ (an empty bundle dated 1 January 2026, and src/cli/run.js) in a temp dir, with
 * tsconfig.json beside it for a source checkout; `setRunJsDay(d)` dates run.js d January 2026.
 */
function withFakeDist(options: { sourceCheckout: boolean }, check: (dist: string, setRunJsDay: (day: number) => void) => void): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'keyguard-test-bundle-'));
  const dist = path.join(root, 'dist');
  const runJs = path.join(dist, 'src', 'cli', 'run.js');
  try {
    if (options.sourceCheckout) writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    mkdirSync(path.join(dist, 'bundle'), { recursive: true });
    mkdirSync(path.dirname(runJs), { recursive: true });
    writeFileSync(bundleFile(dist), '// keyguard bundle 0000000000000000\n[]\n');
    writeFileSync(runJs, '');
    utimesSync(bundleFile(dist), new Date(2026, 0, 1), new Date(2026, 0, 1));
    check(dist, (day) => utimesSync(runJs, new Date(2026, 0, day), new Date(2026, 0, day)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the build bundle', () => {
  beforeAll(() => {
    // `tsc` alone leaves the bundle older than dist/src: these tests need `npm run build` (npm test runs it).
    expect({ bundleIsCurrent: loadBundle(DIST) !== undefined }).toEqual({ bundleIsCurrent: true });
  });

  it('holds every module of dist/src but the tools, and every detector module', () => {
    const modules = new Function(`return (${readFileSync(bundleFile(DIST), 'utf8')}\n)`)() as BundledModule[];
    const expected = [...compiledModules('src').filter((file) => !file.startsWith('src/tools/')), ...compiledModules('detectors')];
    expect(modules.map(([file]) => file).sort()).toEqual(expected.sort());
  });

  it("carries no built-in detector's examples, which dist/detectors keeps for the tests and tools", () => {
    const bundled = loadBundle(DIST)!.require('detectors/index.js') as typeof import('../detectors');
    const compiled = require(path.join(DIST, 'detectors', 'index.js')) as typeof import('../detectors');
    const exampleCount = (registry: typeof import('../detectors')) =>
      [...registry.detectors, ...registry.fileDetectors].reduce((sum, detector) => sum + detector.examples.positive.length + detector.examples.negative.length, 0);
    expect(bundled.detectors.map((detector) => detector.id)).toEqual(compiled.detectors.map((detector) => detector.id));
    expect(exampleCount(bundled)).toBe(0);
    expect(exampleCount(compiled)).toBeGreaterThan(1000);
  });

  it('loads with its code cache accepted by the Node that built it', () => {
    const bundle = loadBundle(DIST);
    expect(bundle).toBeDefined();
    expect(bundle!.compiled).toBe(false);
  });

  it('is ignored in a checkout when dist/src was compiled after it (tsc run alone), so a stale bundle never runs', () => {
    withFakeDist({ sourceCheckout: true }, (dist, setRunJsDay) => {
      setRunJsDay(2);
      expect(loadBundle(dist)).toBeUndefined();
      setRunJsDay(1); // npm pack sets equal times
      expect(loadBundle(dist)).toBeDefined();
    });
  });

  it('is always used in an installed package, where npm unpacks dist/src after it', () => {
    withFakeDist({ sourceCheckout: false }, (dist, setRunJsDay) => {
      setRunJsDay(2);
      expect(loadBundle(dist)).toBeDefined();
    });
  });

  it('runs a blocked scan with no module of dist/src or dist/detectors loaded by Node one by one', () => {
    const repo = newRepo();
    const secret = plant('stripe-secret-key');
    repo.write('config.env', `${secret.line}\n`).git('add', 'config.env');
    // A preload that records every file Node's own loader reads from dist/.
    const log = repo.path('../loaded.txt');
    const hook = repo.path('../record-loads.js');
    writeFileSync(
      hook,
      `const Module = require('module'); const fs = require('fs'); const load = Module._load;
       Module._load = function (request, parent) {
         const file = Module._resolveFilename(request, parent);
         if (file.startsWith(${JSON.stringify(DIST + path.sep)})) fs.appendFileSync(${JSON.stringify(log)}, file + '\\n');
         return load.apply(this, arguments);
       };`,
    );
    const result = spawnSync(process.execPath, ['-r', hook, KEYGUARD_BIN, 'scan', '--staged', '--format', 'json'], { cwd: repo.path('.'), env: repo.env, encoding: 'utf8' });
    capturedOutputs.push(result.stdout, result.stderr);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((finding) => finding.ruleId)).toEqual(['stripe-secret-key']);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([path.join(DIST, 'src', 'cli', 'load-bundle.js')]);
  });
});

describe('withoutExamples (the bundle\'s detector modules)', () => {
  it('empties every examples property, nested ones included, and leaves the rest of the code as it was', () => {
    const code = [
      'exports.a = defineDetector({ id: "a", examples: { positive: ["k = 1"], negative: [] }, pattern: "x" });',
      'exports.b = [{ id: "b", nested: { examples: { positive: [`t`], negative: ["u"] } } }];',
    ].join('\n');
    expect(withoutExamples('detectors/x.js', code)).toBe(
      [
        'exports.a = defineDetector({ id: "a", examples: { positive: [], negative: [] }, pattern: "x" });',
        'exports.b = [{ id: "b", nested: { examples: { positive: [], negative: [] } } }];',
      ].join('\n'),
    );
  });

  it('leaves a string that only mentions examples alone', () => {
    const code = 'const note = "examples: { positive: [1] }"; exports.c = { examples };';
    expect(withoutExamples('detectors/y.js', code)).toBe(code);
  });
});
