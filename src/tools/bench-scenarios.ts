/**
 * The bench's scenarios, each built from scratch in its own folder under the bench's temp dir:
 * - typical: a ~2,000-file repository with one commit, then ~10 files with ~300 added lines staged;
 * - big: an initial commit (no HEAD) of N MB of source text, minified bundles and a package-lock.json;
 * - history: 1,001 small commits, so that `HEAD~1000..HEAD` spans exactly 1,000 of them.
 * Content is deterministic (a seeded generator), so two bench runs scan the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './bench-git';

/** A scenario repository and what is staged in it. */
export interface Scenario {
  name: string;
  dir: string;
  /** Bytes of added text that keyguard scans (the staged files' new lines). */
  addedBytes: number;
  addedLines: number;
  stagedFiles: number;
}

/** Small deterministic pseudo-random generator (mulberry32), so scenarios are identical across runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['user', 'order', 'invoice', 'session', 'token', 'cache', 'request', 'payload', 'config', 'apiKey', 'account', 'password', 'retry', 'secret', 'client', 'handler'];

/** Ordinary code lines, including the words (token, key, secret, password) that generic rules look for. */
function codeLine(random: () => number, n: number): string {
  const word = WORDS[Math.floor(random() * WORDS.length)];
  const other = WORDS[Math.floor(random() * WORDS.length)];
  const shapes = [
    `  const ${word}Count${n} = ${other}s.filter((item) => item.active).length;`,
    `  if (!${word}) throw new Error('missing ${word} for ${other} ${n}');`,
    `  const ${word} = process.env.${word.toUpperCase()}_${n} ?? config.${other};`,
    `  logger.debug({ ${word}Id: ${word}.id, step: ${n} }, 'loaded ${other}');`,
    `  return await this.${other}Service.find${n}(${word}, { timeoutMs: ${1000 + n} });`,
    `  // Retries the ${word} lookup when the ${other} store answers 503 (see docs/${word}.md).`,
    `  headers['x-${other.toLowerCase()}-id'] = String(${word}.id);`,
  ];
  return shapes[Math.floor(random() * shapes.length)];
}

function tsModule(random: () => number, index: number, lines: number): string {
  const body: string[] = [`import { logger } from '../log';`, `import type { Config } from '../config';`, ''];
  for (let fn = 0; body.length < lines; fn++) {
    body.push(`export async function step${index}_${fn}(config: Config, input: Record<string, unknown>): Promise<unknown> {`);
    for (let line = 0; line < 8; line++) body.push(codeLine(random, index * 100 + fn * 10 + line));
    body.push('}', '');
  }
  return `${body.join('\n')}\n`;
}

function jsonConfig(random: () => number, index: number): string {
  const entries = Object.fromEntries(
    Array.from({ length: 20 }, (_, n) => [`${WORDS[n % WORDS.length]}${n}`, n % 3 === 0 ? `\${ENV_${index}_${n}}` : Math.floor(random() * 10_000)]),
  );
  return `${JSON.stringify({ name: `service-${index}`, version: `1.${index % 20}.0`, settings: entries }, null, 2)}\n`;
}

function yamlConfig(index: number): string {
  const lines = [`apiVersion: apps/v1`, `kind: Deployment`, `metadata:`, `  name: service-${index}`, `spec:`, `  replicas: ${1 + (index % 4)}`, `  template:`, `    spec:`, `      containers:`];
  for (let n = 0; n < 6; n++) {
    lines.push(`        - name: worker-${n}`, `          image: registry.example.com/service-${index}:1.${n}.0`, `          env:`, `            - name: ${WORDS[n].toUpperCase()}_SECRET`, `              valueFrom: { secretKeyRef: { name: app-secrets, key: ${WORDS[n]} } }`);
  }
  return `${lines.join('\n')}\n`;
}

function markdown(random: () => number, index: number): string {
  const paragraphs = Array.from({ length: 8 }, (_, n) => `## Step ${n}\n\nThe ${WORDS[n]} handler rotates the ${WORDS[(n + index) % WORDS.length]} every ${Math.floor(random() * 90)} days; see the runbook.\n`);
  return `# Service ${index}\n\n${paragraphs.join('\n')}`;
}

function writeFile(root: string, relative: string, text: string | Buffer): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Scenario 1: ~2,000 files committed, then `files` modified with `linesPerFile` new lines each, staged. */
export function buildTypical(dir: string, files = 10, linesPerFile = 30): Scenario {
  const random = seeded(1);
  const tsFiles: string[] = [];
  for (let index = 0; index < 2000; index++) {
    const kind = index % 10;
    if (kind < 7) {
      const relative = `src/module${index % 40}/file${index}.ts`;
      tsFiles.push(relative);
      writeFile(dir, relative, tsModule(random, index, 60 + Math.floor(random() * 80)));
    } else if (kind === 7) writeFile(dir, `config/service${index}.json`, jsonConfig(random, index));
    else if (kind === 8) writeFile(dir, `deploy/service${index}.yaml`, yamlConfig(index));
    else writeFile(dir, `docs/service${index}.md`, markdown(random, index));
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'initial']);
  let addedBytes = 0;
  for (let n = 0; n < files; n++) {
    const relative = tsFiles[Math.floor((n * tsFiles.length) / files)];
    const added = Array.from({ length: linesPerFile }, (_, line) => codeLine(random, n * 1000 + line));
    if (n === 0) added[0] = `  const awsKeyForLocalStack = 'AKIA${'Q7ZR2LMXW4N5PT3K'}'; // keyguard:allow (LocalStack fixture)`;
    const text = `${added.join('\n')}\n`;
    addedBytes += Buffer.byteLength(text);
    writeFile(dir, relative, readFileSync(path.join(dir, relative), 'utf8') + text);
  }
  git(dir, ['add', '-A']);
  return { name: 'typical', dir, addedBytes, addedLines: files * linesPerFile, stagedFiles: files };
}

/** JavaScript files under `root` (node_modules), largest first then by name, for the big commit's source. */
function javascriptFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.(c|m)?js$/.test(entry.name) && statSync(full).size > 2048) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** A package-lock.json (lockfileVersion 3) of `bytes` size: names, versions, tarball URLs, sha512 SRI. */
function packageLock(bytes: number): string {
  const packages: Record<string, unknown> = { '': { name: 'big-app', version: '1.0.0' } };
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const name = `${WORDS[n % WORDS.length].toLowerCase()}-lib-${n}`;
    const integrity = `sha512-${createHash('sha512').update(`bench-${n}`).digest('base64')}`;
    const entry = { version: `${n % 9}.${n % 13}.${n % 7}`, resolved: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz`, integrity, license: 'MIT', dependencies: { [`dep-${n + 1}`]: '^1.0.0' } };
    packages[`node_modules/${name}`] = entry;
    size += 300;
  }
  return `${JSON.stringify({ name: 'big-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/** Collapses whitespace so that ~`bytes` of source become one long line, like a minifier's output. */
function minify(sources: readonly string[], bytes: number, start: number): { text: string; next: number } {
  const parts: string[] = [];
  let size = 0;
  let n = start;
  while (size < bytes) {
    const part = readFileSync(sources[n % sources.length], 'utf8').replace(/\s*\n\s*/g, ' ');
    parts.push(part);
    size += part.length;
    n++;
  }
  return { text: `${parts.join(';')}\n`, next: n };
}

/**
 * Scenario 2: an initial commit of ~`megabytes` MB: 10% one package-lock.json, 20% minified bundles
 * (one line of ~2 MB each), the rest copies of node_modules JavaScript under new paths.
 */
export function buildBig(dir: string, megabytes: number, nodeModules: string): Scenario {
  const total = megabytes * 1024 * 1024;
  const sources = javascriptFiles(nodeModules);
  let written = 0;
  let files = 0;
  const add = (relative: string, text: string): void => {
    writeFile(dir, relative, text);
    written += Buffer.byteLength(text);
    files++;
  };
  add('package-lock.json', packageLock(Math.max(1024 * 1024, total * 0.1)));
  let next = 0;
  for (let bundle = 0; written < total * 0.3; bundle++) {
    const minified = minify(sources, Math.min(2 * 1024 * 1024, total * 0.3 - written), next);
    next = minified.next;
    add(`public/assets/bundle-${bundle}.min.js`, minified.text);
  }
  for (let n = 0; written < total; n++) {
    const source = sources[n % sources.length];
    const copy = Math.floor(n / sources.length);
    add(`vendor/copy${copy}/${path.relative(nodeModules, source)}`, readFileSync(source, 'utf8'));
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  return { name: 'big', dir, addedBytes: written, addedLines: NaN, stagedFiles: files };
}

/** Scenario 3: 1,001 commits, each adding ~10 lines to one of 50 files (built with git fast-import). */
export function buildHistory(dir: string, commits = 1000): Scenario {
  const random = seeded(3);
  const contents: string[] = Array.from({ length: 50 }, (_, n) => `// module ${n}\n`);
  const stream: string[] = [];
  let addedBytes = 0;
  for (let n = 0; n <= commits; n++) {
    const file = n % contents.length;
    const added = `${Array.from({ length: 10 }, (_, line) => codeLine(random, n * 10 + line)).join('\n')}\n`;
    contents[file] += added;
    if (n > 0) addedBytes += Buffer.byteLength(added);
    const message = `change ${n}`;
    stream.push(
      'commit refs/heads/main',
      `mark :${n + 1}`,
      `committer keyguard bench <bench@example.invalid> ${1_700_000_000 + n * 60} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(n > 0 ? [`from :${n}`] : []),
      `M 100644 inline src/module${file}.ts`,
      `data ${Buffer.byteLength(contents[file])}`,
      contents[file],
    );
  }
  git(dir, ['init', '-q']);
  git(dir, ['fast-import', '--quiet'], `${stream.join('\n')}\n`);
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  git(dir, ['reset', '-q', '--hard']);
  return { name: 'history', dir, addedBytes, addedLines: commits * 10, stagedFiles: 0 };
}
