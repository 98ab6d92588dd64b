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

/** One room handed out again and again, grown when too small, for texts scanned one at a time. */
export function reusedRoom(): TextRoom {
  let bytes = Buffer.alloc(0);
  const starts = new Column(1024);
  const numbers = new Column(1024);
  return { bytes: (size) => (bytes.length >= size ? bytes : (bytes = Buffer.allocUnsafeSlow(size))), starts, numbers };
}
