/**
 * Inline allow comments. `keyguard:allow` anywhere on a line lets that line's findings through;
 * `keyguard:allow-next-line` on the line above does the same for the next line (for formats where
 * a trailing comment is awkward or impossible: YAML block scalars, JSON with comments, Markdown).
 * Both are matched as plain text, so they work after any comment syntax (`#`, `//`, `/* … *\/`,
 * `<!-- -->`, `--`, `;`).
 *
 * Either may be scoped to detectors: `keyguard:allow github-pat` or `keyguard:allow-next-line
 * github-pat,npm-access-token` let only those detectors' findings through. The word after the
 * marker counts as a scope only when every id in it is a detector id, so free text such as
 * `keyguard:allow test fixture` keeps the unscoped meaning.
 */
export const INLINE_ALLOW_MARKER = 'keyguard:allow';
export const NEXT_LINE_MARKER = 'keyguard:allow-next-line';

/** A marker, whether it is the next-line form, and the ids list after it (if any). */
const MARKER = /keyguard:allow(-next-line)?(?![\w-])(?:[ \t]+([a-z0-9._-]+(?:,[a-z0-9._-]+)*))?/g;

/** Which detectors a line's markers allow: on the line itself (`sameLine`) or the line below (`nextLine`). */
export type MarkerKind = 'sameLine' | 'nextLine';

/**
 * True when `line` carries a marker of `kind` that covers detector `ruleId`. `isDetectorId` tells
 * a scope (`github-pat`) from free text after the marker.
 */
export function lineAllows(line: string, kind: MarkerKind, ruleId: string, isDetectorId: (id: string) => boolean): boolean {
  if (!line.includes(INLINE_ALLOW_MARKER)) return false; // the common case: no regex at all
  for (const match of line.matchAll(MARKER)) {
    if ((match[1] === undefined) !== (kind === 'sameLine')) continue;
    const ids = match[2]?.split(',');
    const scoped = ids !== undefined && ids.every(isDetectorId);
    if (!scoped || ids.includes(ruleId)) return true;
  }
  return false;
}

/** True when any of the lines a finding spans allows it with a same-line marker. */
export function isAllowedInline(lines: readonly string[], ruleId: string, isDetectorId: (id: string) => boolean): boolean {
  return lines.some((line) => lineAllows(line, 'sameLine', ruleId, isDetectorId));
}
