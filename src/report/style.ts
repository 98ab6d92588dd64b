/**
 * ANSI styling for the human report, and the decision whether to use it. No dependency: five SGR
 * codes are all the report needs.
 */

/** Wraps text in a style, or returns it unchanged when colour is off. */
export type Paint = (text: string) => string;

export interface Style {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
}

/** `ESC[<on>m text ESC[<off>m`: each style resets only itself, so styles nest. */
function sgr(on: number, off: number): Paint {
  return (text) => `\u001b[${on}m${text}\u001b[${off}m`;
}

const plain: Paint = (text) => text;

export const COLOR: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };
export const NO_COLOR: Style = { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain };

/**
 * Whether to colour a stream, by the common conventions, first match wins:
 * `FORCE_COLOR` set: on, unless `0` or `false` (Node.js lets it override NO_COLOR too);
 * `NO_COLOR` non-empty: off (https://no-color.org); `TERM=dumb`: off; otherwise on only for a TTY.
 */
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
