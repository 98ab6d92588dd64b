/**
 * Where addedTextOf builds one file's added text: the bytes, and the two line columns (where each
 * line starts, its line number). A diff scan reuses one room from file to file (`reusedRoom`):
 * each big file's own copies lived through its scan, so only a full GC freed them, and several big
 * files' worth piled up before one ran (the line columns as JS arrays, grown by copying, were
 * most of the heap's garbage on a 25 MB lockfile). A text built in a reused room is valid only
 * until the next one is built there.
 */
export interface TextRoom {
  /** A Buffer of at least `size` bytes. */
  bytes(size: number): Buffer;
  /** The line columns (addedTextOf clears them for each text). */
  readonly starts: Column;
  readonly numbers: Column;
}

/** A growable column of unsigned 32-bit integers (offsets and line numbers of a Buffer's text). */
export class Column {
  private array: Uint32Array;
  private size = 0;

  constructor(capacity = 16) {
    this.array = new Uint32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.array.length) {
      const grown = new Uint32Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.size++] = value;
  }

  /** The values pushed since the last clear (a view: valid until the column is reused). */
  values(): Uint32Array {
    return this.array.subarray(0, this.size);
  }

  clear(): void {
    this.size = 0;
  }
}

/** New memory for one text (the default). */
export function freshRoom(): TextRoom {
  return { bytes: (size) => Buffer.allocUnsafeSlow(size), starts: new Column(), numbers: new Column() };
}

/** One room handed out again and again, fitted by bufferFor, for texts scanned one at a time. */
export function reusedRoom(): TextRoom {
  let bytes: Buffer = Buffer.alloc(0);
  const starts = new Column(1024);
  const numbers = new Column(1024);
  return { bytes: (size) => (bytes = bufferFor(bytes, size)), starts, numbers };
}

/** A reused buffer over this size (bytes) is given up for a file that needs under a quarter of it. */
const SHRINK_ABOVE = 8 * 1024 * 1024;

/**
 * A buffer of at least `size` bytes for a buffer reused from file to file: `current` when it is
 * large enough and not far too large, else a new one. Why not only grow: a 26 MB lockfile early
 * in a 200 MiB commit left its patch and its added text (~53 MiB) held for the rest of the scan,
 * under everything the later files then needed. After a shrink the new buffer has at least 1 MiB,
 * so a run of small files after a big one does not allocate for each.
 */
export function bufferFor(current: Buffer, size: number): Buffer {
  if (current.length >= size && !(current.length > SHRINK_ABOVE && current.length > 4 * size)) return current;
  return Buffer.allocUnsafeSlow(current.length >= size ? Math.max(size, 1024 * 1024) : size);
}
