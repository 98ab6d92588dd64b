import { readFileSync } from 'node:fs';
import { detectors, fileDetectors } from '../detectors';
import { DETECTOR_DOCS_PATH, renderDetectorDocs } from '../src/tools/detector-docs';

describe('docs/detectors.md', () => {
  it('is up to date with the registry (regenerate with `npm run docs`)', () => {
    expect(readFileSync(DETECTOR_DOCS_PATH, 'utf8')).toBe(renderDetectorDocs(detectors, fileDetectors));
  });

  it('lists every detector id', () => {
    const docs = renderDetectorDocs(detectors, fileDetectors);
    for (const detector of [...detectors, ...fileDetectors]) expect(docs).toContain(`| \`${detector.id}\` |`);
  });
});
