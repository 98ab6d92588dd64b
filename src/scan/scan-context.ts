import { allowedValuePredicate } from '../allow/allowed-values';
import { readAllowedFingerprints } from '../allow/ignore-file';
import { KeyguardConfig } from '../config/config';
import { secretsInExample } from '../config/custom-examples';
import { Detector, exampleText } from '../detector';
import { fingerprintOf } from '../fingerprint';
import { DetectorCatalog } from './catalog';
import { ScanContext } from './scan-added-text';

/**
 * Everything a scan of the repository at `root` needs from its configuration: the built-in
 * detectors minus `disable`, plus the custom ones; the entropy thresholds; the allowed values; and
 * the allowed fingerprints of `.keyguardignore`. Every scan mode builds its context here, so the
 * config means the same everywhere.
 */
export function scanContextOf(
  root: string,
  config: KeyguardConfig,
  builtins: readonly Detector[],
  options: { useIgnoreFile: boolean } = { useIgnoreFile: true },
): ScanContext {
  const disabled = new Set(config.disable);
  const detectors = [...builtins.filter((detector) => !disabled.has(detector.id)), ...config.detectors];
  const allowedFingerprints = options.useIgnoreFile ? readAllowedFingerprints(root) : new Set<string>();
  for (const fingerprint of exampleFingerprints(config.detectors)) allowedFingerprints.add(fingerprint);
  return {
    catalog: new DetectorCatalog(detectors, { entropy: config.entropy }),
    allowedFingerprints,
    isAllowedValue: allowedValuePredicate(config.allow),
  };
}

/**
 * A custom detector's positive examples usually sit in the config file itself; they are examples,
 * not leaks, so their fingerprints are allowed (the config would otherwise block its own commit).
 */
function exampleFingerprints(custom: readonly Detector[]): string[] {
  return custom.flatMap((detector) =>
    detector.examples.positive.flatMap((example) => secretsInExample(detector, exampleText(example)).map((secret) => fingerprintOf(detector.id, secret))),
  );
}
