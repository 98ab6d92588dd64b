/**
 * The file a `git diff`/`git log -p` section is about, read from the section itself (a range is one
 * streamed `git log`, so there is no `--name-status -z` to pair with). The `+++ b/<path>` line names
 * the new file exactly: git C-quotes any name with a control character, quote or backslash, and adds
 * a tab after a name containing a space (for GNU patch); core.quotepath=off keeps other bytes raw.
 */

export interface PatchFile {
  readonly path: string;
  /** `D` when the file was deleted (`+++ /dev/null`), `M` otherwise (enough for scanning). */
  readonly status: 'D' | 'M';
}

export function patchFileOf(patch: Buffer): PatchFile {
  const head = patch.subarray(0, headerEnd(patch)).toString('utf8');
  const lines = head.split('\n');
  const plus = lines.find((line) => line.startsWith('+++ '));
  if (plus !== undefined) {
    const name = plus.slice(4).replace(/\t$/, '');
    if (name === '/dev/null') return { path: deletedPath(lines), status: 'D' };
    return { path: stripPrefix(unquote(name), 'b/'), status: 'M' };
  }
  // No hunks (binary, pure rename, mode change, empty file): the rename target, else the header.
  const renamed = lines.find((line) => line.startsWith('rename to ') || line.startsWith('copy to '));
  if (renamed !== undefined) return { path: unquote(renamed.slice(renamed.indexOf(' to ') + 4)), status: 'M' };
  return { path: headerPath(lines[0] ?? ''), status: 'M' };
}

/** The header ends at the first hunk (`@@`) or binary marker; names never come after it. */
function headerEnd(patch: Buffer): number {
  const hunk = patch.indexOf('\n@@');
  return hunk === -1 ? Math.min(patch.length, 64 * 1024) : hunk;
}

function deletedPath(lines: string[]): string {
  const minus = lines.find((line) => line.startsWith('--- '));
  return minus === undefined ? '' : stripPrefix(unquote(minus.slice(4).replace(/\t$/, '')), 'a/');
}

/** `diff --git a/P b/P` for an unquoted name: the two halves are equal, so split in the middle. */
function headerPath(header: string): string {
  const names = header.slice('diff --git '.length);
  if (names.startsWith('"')) return stripPrefix(unquote(names.slice(0, closingQuote(names) + 1)), 'a/');
  const half = (names.length - 1) / 2;
  return Number.isInteger(half) ? stripPrefix(names.slice(0, half), 'a/') : names;
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function stripPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting (`"a\tb\303\251"`): escapes and octal bytes, then UTF-8. */
export function unquote(name: string): string {
  if (!(name.startsWith('"') && name.endsWith('"') && name.length >= 2)) return name;
  const bytes: number[] = [];
  const body = Buffer.from(name.slice(1, -1), 'utf8');
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 0x5c) {
      bytes.push(body[i]);
      continue;
    }
    const next = String.fromCharCode(body[i + 1]);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? body[i + 1]);
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
