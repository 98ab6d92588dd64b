/**
 * docs/detectors.md is generated from the registry so it cannot drift: `npm run docs` rewrites it,
 * and __tests__/detector-docs.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Detector } from '../detector';
import { FileDetector } from '../file-detector';

export const DETECTOR_DOCS_PATH = path.resolve(__dirname, '../../../docs/detectors.md');

/** Markdown table cells cannot hold `|` or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function renderDetectorDocs(detectors: readonly Detector[], fileDetectors: readonly FileDetector[]): string {
  const providers = new Set(detectors.map((detector) => detector.provider));
  const sorted = [...detectors].sort((a, b) => a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
  const rows = sorted.map((detector) => {
    const finds = detector.description === undefined ? detector.title : `${detector.title}. ${detector.description}`;
    return `| \`${detector.id}\` | ${cell(detector.provider)} | ${cell(finds)} | ${detector.severity} | ${cell(detector.remediation)} |`;
  });
  return [
    '# Detectors',
    '',
    '<!-- Generated from detectors/index.ts by `npm run docs`; do not edit by hand. -->',
    '',
    `keyguard ships ${detectors.length} detectors for ${providers.size} providers. Each is defined in`,
    '`detectors/<provider>.ts` with its own positive and negative examples. Use an id to allow a finding',
    'inline (`keyguard:allow`) or to look up a fingerprint (`<id>:<hash>`).',
    '',
    '| id | provider | finds | severity | if it is real |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...renderFileDetectors(fileDetectors),
  ].join('\n');
}

/** The second table: credential files recognised by path (src/file-detector.ts). */
function renderFileDetectors(fileDetectors: readonly FileDetector[]): string[] {
  const sorted = [...fileDetectors].sort((a, b) => a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
  const rows = sorted.map((detector) => {
    const paths = detector.paths.map((glob) => `\`${glob}\``).join(' ');
    const unless = detector.ignorePaths === undefined ? '' : ` (not ${detector.ignorePaths.map((glob) => `\`${glob}\``).join(' ')})`;
    const finds = detector.description === undefined ? detector.title : `${detector.title}. ${detector.description}`;
    return `| \`${detector.id}\` | ${cell(paths + unless)} | ${cell(finds)} | ${detector.severity} | ${cell(detector.remediation)} |`;
  });
  return [
    '## File detectors',
    '',
    `${fileDetectors.length} detectors report a credential FILE staged for commit, by its path: a binary key store`,
    '(the whole file; its fingerprint hashes the staged blob id, so it survives a rename), or a text file whose',
    'added lines hold a credential that the content detectors above did not already report on that line.',
    '',
    '| id | paths | finds | severity | if it is real |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const registry = require('../../detectors') as { detectors: readonly Detector[]; fileDetectors: readonly FileDetector[] };
  writeFileSync(DETECTOR_DOCS_PATH, renderDetectorDocs(registry.detectors, registry.fileDetectors));
  const counts = `${registry.detectors.length} detectors, ${registry.fileDetectors.length} file detectors`;
  console.log(`wrote ${path.relative(process.cwd(), DETECTOR_DOCS_PATH)} (${counts})`);
}
