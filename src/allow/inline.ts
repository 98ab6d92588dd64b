/**
 * `keyguard:allow` anywhere on a line lets that line's findings through. It is matched as plain
 * text, so it works after any comment syntax (`#`, `//`, `/* … *\/`, `<!-- -->`, `--`, `;`).
 */
export const INLINE_ALLOW_MARKER = 'keyguard:allow';

/** True when any of the lines a finding spans carries the marker. */
export function isAllowedInline(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes(INLINE_ALLOW_MARKER));
}
