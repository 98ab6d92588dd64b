/**
 * Splits a streamed `git diff` into one Buffer per file. A file's section starts with a line
 * `diff --git `; inside a section every content line starts with '+', '-', ' ' or '\', so that
 * marker at a line start can only be a header.
 */
const HEADER = Buffer.from('diff --git ');
const LINE_HEADER = Buffer.from('\ndiff --git ');

export interface FileDiffSplitter {
  push(chunk: Buffer): void;
  /** Flushes the last file. */
  end(): void;
}

export function splitFileDiffs(onFile: (patch: Buffer) => void): FileDiffSplitter {
  let parts: Buffer[] = []; // the current file's bytes so far
  // The last bytes of the previous chunk, to find a header split across two chunks.
  let tail: Buffer = Buffer.alloc(0);

  function emit(): void {
    const piece = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    parts = [];
    if (piece.length === 0) return;
    if (piece.subarray(0, HEADER.length).equals(HEADER)) onFile(withoutUnmergedNotes(piece));
    else checkPreamble(piece);
  }

  function push(chunk: Buffer): void {
    // Search the tail of the previous chunk plus this chunk for "\ndiff --git ".
    const window = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    const offset = tail.length; // window index of chunk[0]
    let from = 0; // chunk index where the current piece starts
    let at = window.indexOf(LINE_HEADER, 0);
    while (at !== -1) {
      const cut = at + 1 - offset; // chunk index of the "d" of the new header
      if (cut <= 0) {
        // The boundary lies in bytes already stored in `parts`: move them to the next file.
        movePartsTail(-cut);
      } else {
        parts.push(chunk.subarray(from, cut));
        emit();
        from = cut;
      }
      at = window.indexOf(LINE_HEADER, at + 1);
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
    tail = window.subarray(Math.max(0, window.length - (LINE_HEADER.length - 1)));
  }

  /** The last `count` bytes already stored belong to the next file: emit the rest, keep them. */
  function movePartsTail(count: number): void {
    const all = Buffer.concat(parts);
    parts = [all.subarray(0, all.length - count)];
    emit();
    parts = [all.subarray(all.length - count)];
  }

  return {
    push,
    end: () => emit(),
  };
}

/**
 * Text before the first `diff --git` header. The only kind git prints is "* Unmerged path X" for a
 * path with unresolved conflicts (which has nothing staged to scan); anything else means the output
 * is not what we think it is, and guessing would risk a silent pass.
 */
function checkPreamble(piece: Buffer): void {
  const lines = piece.toString('utf8').split('\n').filter((line) => line !== '');
  if (!lines.every((line) => line.startsWith('* Unmerged path '))) {
    throw new Error(`unexpected git diff output before the first file: ${JSON.stringify(lines[0]?.slice(0, 80))}`);
  }
}

const UNMERGED_NOTE = Buffer.from('* Unmerged path ');

/**
 * git prints "* Unmerged path X" between file sections too, in path order, so such lines can end
 * the section before them. They belong to no file: cut them off (a content line never starts so,
 * it starts with '+', '-', ' ' or '\').
 */
function withoutUnmergedNotes(piece: Buffer): Buffer {
  let end = piece.length;
  while (end >= 2) {
    const lineStart = piece.lastIndexOf(0x0a, end - 2) + 1;
    if (!piece.subarray(lineStart, lineStart + UNMERGED_NOTE.length).equals(UNMERGED_NOTE)) break;
    end = lineStart;
  }
  return end === piece.length ? piece : piece.subarray(0, end);
}
