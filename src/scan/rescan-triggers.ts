import RE2 from 're2';
import { Detector } from '../detector';
import { RescanTrigger } from '../rescan-trigger';

interface CompiledTriggers {
  /** All triggers' patch patterns, in one RE2.Set: one pass over a patch tests every trigger. */
  readonly set: InstanceType<typeof RE2.Set>;
  /** Per pattern of the set, by index: the detectors it triggers and its path condition. */
  readonly triggers: ReadonlyArray<{ readonly detectors: Detector[]; readonly path?: RE2 }>;
}

/**
 * The rescan triggers (rescan-trigger.ts) of one scan's detectors, tested on a file's raw patch:
 * compiled into one RE2.Set on the first modified file (~0.4 ms), so a commit that only adds files
 * compiles none. Detectors sharing a trigger object (the private-key family) share its pattern.
 */
export class RescanTriggers {
  private compiled?: CompiledTriggers;

  constructor(private readonly detectors: readonly Detector[]) {}

  /** The detectors whose trigger fires on this file's patch; empty for most files. */
  firing(path: string, patch: Buffer): Detector[] {
    this.compiled ??= compile(this.detectors);
    const { set, triggers } = this.compiled;
    if (triggers.length === 0) return [];
    const hunks = patch.indexOf('\n@@');
    if (hunks === -1) return [];
    const body = patch.subarray(hunks + 1); // from the first hunk: the `+++ b/…` header is no added line
    const fired = set.match(body).map((index) => triggers[index]).filter((trigger) => trigger.path?.test(path) ?? true);
    return [...new Set(fired.flatMap((trigger) => trigger.detectors))];
  }
}

function compile(detectors: readonly Detector[]): CompiledTriggers {
  const byTrigger = new Map<RescanTrigger, Detector[]>();
  for (const detector of detectors) {
    for (const trigger of triggersOf(detector)) {
      const group = byTrigger.get(trigger);
      if (group === undefined) byTrigger.set(trigger, [detector]);
      else group.push(detector);
    }
  }
  const entries = [...byTrigger];
  return {
    set: new RE2.Set(entries.map(([trigger]) => patchPattern(trigger))),
    triggers: entries.map(([trigger, group]) => ({ detectors: group, path: trigger.path === undefined ? undefined : new RE2(trigger.path, 'i') })),
  };
}

/** A detector's rescan triggers, none or several. */
export function triggersOf(detector: Detector): readonly RescanTrigger[] {
  const { rescanWhen } = detector;
  if (rescanWhen === undefined) return [];
  return Array.isArray(rescanWhen) ? rescanWhen : [rescanWhen as RescanTrigger];
}

/**
 * The trigger as one pattern over a `-U0` patch: an added line (`+…`) matching `addedLine` whole,
 * in a hunk whose header ends with `hunkContext` when one is given (git prints no context, and no
 * space before it, when no line above qualifies; a -U0 hunk holds only `-`, `+` and
 * `\ No newline` lines, skipped up to the added line).
 */
export function patchPattern(trigger: RescanTrigger): string {
  const added = String.raw`\+(?:${trigger.addedLine})\r?$`;
  if (trigger.hunkContext === undefined) return String.raw`(?m)^${added}`;
  return String.raw`(?m)^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@ ?(?:${trigger.hunkContext})\r?\n(?:[-+\\][^\n]*\n)*?${added}`;
}
