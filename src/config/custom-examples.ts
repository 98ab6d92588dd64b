import { Detector, exampleText } from '../detector';
import { addedTextOfWholeText } from '../diff/added-text';
import { DetectorCatalog } from '../scan/catalog';
import { findSecrets } from '../scan/find-secrets';

/** The secrets a detector reports in one example text, through the real matching pipeline. */
export function secretsInExample(detector: Detector, text: string): string[] {
  return findSecrets(addedTextOfWholeText(text), new DetectorCatalog([detector])).map((match) => match.secret);
}

/**
 * What is wrong with a custom detector's examples, as `[index, message]` per failing example: a
 * positive must give exactly one finding, a negative none (the rule the built-ins follow).
 */
export function exampleFailures(detector: Detector): { key: string; message: string }[] {
  const failures: { key: string; message: string }[] = [];
  detector.examples.positive.forEach((example, index) => {
    const text = exampleText(example);
    const found = secretsInExample(detector, text).length;
    if (found === 1) return;
    const lower = text.toLowerCase();
    const hint = detector.keywords.some((keyword) => lower.includes(keyword))
      ? ''
      : ` (none of its keywords ${detector.keywords.join(', ')} occurs in it, so the pattern never runs)`;
    failures.push({ key: `examples.positive[${index}]`, message: `should give 1 finding of ${detector.id} but gave ${found}${hint}` });
  });
  detector.examples.negative.forEach((example, index) => {
    const found = secretsInExample(detector, exampleText(example)).length;
    if (found > 0) failures.push({ key: `examples.negative[${index}]`, message: `should give no finding of ${detector.id} but gave ${found}` });
  });
  return failures;
}
