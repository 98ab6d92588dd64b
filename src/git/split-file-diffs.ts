/**
 * Splits a streamed `git diff` into one Buffer per file. A file's section starts with a line
 * `diff --git `; inside a section every content line starts with '+', '-', ' ' or '\', so that
 * marker at a line start can only be a header. The Buffer handed to `onFile` is valid only until
 * `onFile` returns (it may be a view of a buffer reused for the next file): copy what you keep.
 */
const HEADER = Buffer.from('diff --git ');
const LINE_HEADER = Buffer.from('\ndiff --git ');

export interface FileDiffSplitter {
  push(chunk: Buffer): void;
  /** Flushes the last file. */
  end(): void;
}

export function splitFileDiffs(onFile: (patch: Buffer) => void): FileDiffSplitter {
  const parts = new FileBytes(); // the current file's bytes so far
  // The last bytes of the previous chunk, to find a header split across two chunks.
  let tail: Buffer = Buffer.alloc(0);

  function emit(): void {
    const piece = parts.take();
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
        parts.add(chunk.subarray(from, cut));
        emit();
        from = cut;
      }
      at = window.indexOf(LINE_HEADER, at + 1);
    }
    if (from < chunk.length) parts.add(chunk.subarray(from));
    tail = window.subarray(Math.max(0, window.length - (LINE_HEADER.length - 1)));
  }

  /** The last `count` bytes already stored belong to the next file: emit the rest, keep them. */
  function movePartsTail(count: number): void {
    const all = parts.take();
    const next = Buffer.from(all.subarray(all.length - count)); // a few bytes; `all` is reused below
    parts.add(all.subarray(0, all.length - count));
    emit();
    parts.add(next);
  }

  return {
    push,
    end: () => emit(),
  };
}

/**
 * One file's bytes as they arrive: a view of git's chunk while the file lies in one chunk, else
 * copied into one buffer reused from file to file. Why: a big file's chunks, kept until its end
 * and then concatenated into a new Buffer, lived through the file's scan and so waited for a full
 * GC; several big files' worth piled up (~50 MiB of a 200 MiB commit's peak).
 */
class FileBytes {
  private view?: Buffer;
  private copy = Buffer.alloc(0);
  private copied = 0;

  add(bytes: Buffer): void {
    if (this.view === undefined && this.copied === 0) {
      this.view = bytes;
      return;
    }
    if (this.view !== undefined) this.append(this.view);
    this.view = undefined;
    this.append(bytes);
  }

  /** The bytes so far (valid until the next add), and starts over. */
  take(): Buffer {
    const { view, copied } = this;
    this.view = undefined;
    this.copied = 0;
    return view ?? this.copy.subarray(0, copied);
  }

  private append(bytes: Buffer): void {
    if (this.copied + bytes.length > this.copy.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.copy.length * 2, this.copied + bytes.length));
      this.copy.copy(grown, 0, 0, this.copied);
      this.copy = grown;
    }
    this.copied += bytes.copy(this.copy, this.copied);
  }
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
