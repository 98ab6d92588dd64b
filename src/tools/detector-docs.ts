/**
 * docs/detectors.md is generated from the registry so it cannot drift: `npm run docs` rewrites it,
 * and __tests__/detector-docs.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Detector } from '../detector';

export const DETECTOR_DOCS_PATH = path.resolve(__dirname, '../../../docs/detectors.md');

/** Markdown table cells cannot hold `|` or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function renderDetectorDocs(detectors: readonly Detector[]): string {
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
  ].join('\n');
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { detectors } = require('../../detectors') as { detectors: readonly Detector[] };
  writeFileSync(DETECTOR_DOCS_PATH, renderDetectorDocs(detectors));
  console.log(`wrote ${path.relative(process.cwd(), DETECTOR_DOCS_PATH)} (${detectors.length} detectors)`);
}
