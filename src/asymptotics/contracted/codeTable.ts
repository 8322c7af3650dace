/**
 * A hash map from rows of a fixed number of 16-bit codes to numbers, on typed arrays: the memo of
 * the future bound's programmes (futureBound.ts), asked millions of times per order, where string
 * keys and a Map spent most of the time building and hashing the strings. Open addressing with
 * linear probing over a power-of-two slot array; the rows, their hashes and values are stored
 * densely in insertion order and never removed.
 */

/** What {@link CodeTable.get} returns for a row that is not in the table. */
export const ABSENT = NaN;

export class CodeTable {
  private rows: Uint16Array;
  private hashes: Int32Array;
  private values: Float64Array;
  /** per slot, 1 + the index of its row, or 0 when empty */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(readonly width: number, capacity = 1024) {
    if (!Number.isInteger(width) || width < 1) throw new RangeError('CodeTable: width must be a positive integer');
    let n = 16;
    while (n < capacity) n *= 2;
    this.rows = new Uint16Array(n * width);
    this.hashes = new Int32Array(n);
    this.values = new Float64Array(n);
    this.slots = new Int32Array(2 * n);
    this.mask = 2 * n - 1;
  }

  /** Number of rows stored. */
  get size(): number {
    return this.count;
  }

  /** The value stored for the row `codes[0 … width)`, or {@link ABSENT}. */
  get(codes: Uint16Array): number {
    const h = this.hash(codes);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at === 0) return ABSENT;
      if (this.hashes[at - 1] === h && this.sameRow(at - 1, codes)) return this.values[at - 1]!;
    }
  }

  /** Stores `value` for the row `codes[0 … width)` (replacing the value stored before, if any). */
  set(codes: Uint16Array, value: number): void {
    const h = this.hash(codes);
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at === 0) break;
      if (this.hashes[at - 1] === h && this.sameRow(at - 1, codes)) {
        this.values[at - 1] = value;
        return;
      }
    }
    if (this.count === this.hashes.length) {
      this.grow();
      for (i = h & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask);
    }
    const r = this.count++;
    this.rows.set(codes.subarray(0, this.width), r * this.width);
    this.hashes[r] = h;
    this.values[r] = value;
    this.slots[i] = r + 1;
  }

  private hash(codes: Uint16Array): number {
    let h = 0x811c9dc5 | 0;
    for (let t = 0; t < this.width; t++) h = Math.imul(h ^ codes[t]!, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 12);
  }

  private sameRow(r: number, codes: Uint16Array): boolean {
    const w = this.width;
    const base = r * w;
    for (let t = 0; t < w; t++) if (this.rows[base + t] !== codes[t]) return false;
    return true;
  }

  /** Doubles the storage and rebuilds the slots (load stays at most ½). */
  private grow(): void {
    const n = 2 * this.hashes.length;
    const rows = new Uint16Array(n * this.width);
    rows.set(this.rows);
    this.rows = rows;
    const hashes = new Int32Array(n);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const values = new Float64Array(n);
    values.set(this.values);
    this.values = values;
    this.slots = new Int32Array(2 * n);
    this.mask = 2 * n - 1;
    for (let r = 0; r < this.count; r++) {
      let i = this.hashes[r]! & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = r + 1;
    }
  }
}
