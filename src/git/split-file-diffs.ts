import { bufferFor } from '../diff/text-room';

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
    const next = Buffer.from(all.subarray(all.length - count)); // a few bytes; `all` may be reused below
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
 * One file's bytes as they arrive: views of git's chunks, handed out as they are when the file lies
 * in one chunk, else copied into one buffer reused from file to file (fitted by bufferFor). Why: a
 * big file's chunks concatenated into a new Buffer per file lived through the file's scan, so only
 * a full GC freed them, and several big files' worth piled up before one ran.
 */
class FileBytes {
  private parts: Buffer[] = [];
  private reused: Buffer = Buffer.alloc(0);

  add(bytes: Buffer): void {
    this.parts.push(bytes);
  }

  /** The bytes so far (valid until the next take), and starts over. */
  take(): Buffer {
    const { parts } = this;
    this.parts = [];
    if (parts.length <= 1) return parts[0] ?? Buffer.alloc(0);
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    this.reused = bufferFor(this.reused, length);
    let at = 0;
    for (const part of parts) at += part.copy(this.reused, at);
    return this.reused.subarray(0, length);
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
