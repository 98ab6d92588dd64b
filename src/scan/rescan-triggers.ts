import RE2 from 're2';
import { Detector } from '../detector';
import { RescanTrigger } from '../rescan-trigger';

interface CompiledTrigger {
  readonly detectors: Detector[];
  readonly patch: RE2;
  readonly path?: RE2;
}

/**
 * The rescan triggers (rescan-trigger.ts) of one scan's detectors, tested on a file's raw patch:
 * one RE2 per distinct trigger, compiled on the first modified file, so a commit that only adds
 * files compiles none. Detectors sharing a trigger object (the private-key family) share its test.
 */
export class RescanTriggers {
  private compiled?: CompiledTrigger[];

  constructor(private readonly detectors: readonly Detector[]) {}

  /** The detectors whose trigger fires on this file's patch; empty for most files. */
  firing(path: string, patch: Buffer): Detector[] {
    this.compiled ??= compile(this.detectors);
    if (this.compiled.length === 0) return [];
    const hunks = patch.indexOf('\n@@');
    if (hunks === -1) return [];
    const body = patch.subarray(hunks + 1); // from the first hunk: the `+++ b/…` header is no added line
    return this.compiled.filter((trigger) => (trigger.path?.test(path) ?? true) && trigger.patch.test(body)).flatMap((trigger) => trigger.detectors);
  }
}

function compile(detectors: readonly Detector[]): CompiledTrigger[] {
  const byTrigger = new Map<RescanTrigger, Detector[]>();
  for (const detector of detectors) {
    if (detector.rescanWhen === undefined) continue;
    const group = byTrigger.get(detector.rescanWhen);
    if (group === undefined) byTrigger.set(detector.rescanWhen, [detector]);
    else group.push(detector);
  }
  return [...byTrigger].map(([trigger, group]) => ({
    detectors: group,
    patch: new RE2(patchPattern(trigger)),
    path: trigger.path === undefined ? undefined : new RE2(trigger.path, 'i'),
  }));
}

/**
 * The trigger as one pattern over a `-U0` patch: an added line (`+…`) matching `addedLine` whole,
 * in a hunk whose header ends with `hunkContext` when one is given (a -U0 hunk holds only `-`, `+`
 * and `\ No newline` lines, skipped up to the added line).
 */
export function patchPattern(trigger: RescanTrigger): string {
  const added = String.raw`\+(?:${trigger.addedLine})\r?$`;
  if (trigger.hunkContext === undefined) return String.raw`(?m)^${added}`;
  return String.raw`(?m)^@@ [^\n]*@@ (?:${trigger.hunkContext})\r?\n(?:[-+\\][^\n]*\n)*?${added}`;
}
