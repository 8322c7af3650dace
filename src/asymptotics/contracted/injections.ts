/**
 * The injective choices of k blocks out of 0..n−1 other than one block, in lexicographic order,
 * as an odometer on one array: a loop can walk them and stop anywhere (the contracted pass
 * pauses inside a state's children to let the event loop run).
 */
export class Injections {
  /** the current choice: inj[i] is the i-th chosen block */
  readonly inj: Int32Array;
  private readonly used: Uint8Array;

  constructor(
    readonly k: number,
    readonly n: number,
  ) {
    this.inj = new Int32Array(k);
    this.used = new Uint8Array(n);
  }

  /** Moves to the first choice avoiding `skip`; false when there is none (k > n − 1). */
  first(skip: number): boolean {
    const { k, n, used } = this;
    used.fill(0);
    used[skip] = 1;
    if (k > n - 1) return false;
    return this.fillFrom(0);
  }

  /** Moves to the next choice; false after the last one. */
  advance(): boolean {
    const { k, n, inj, used } = this;
    for (let i = k - 1; i >= 0; i--) {
      used[inj[i]!] = 0;
      for (let b = inj[i]! + 1; b < n; b++) {
        if (used[b]) continue;
        used[b] = 1;
        inj[i] = b;
        if (this.fillFrom(i + 1)) return true;
        used[b] = 0;
      }
    }
    return false;
  }

  /** Sets positions i..k−1 to the smallest free blocks, in order. */
  private fillFrom(i: number): boolean {
    const { k, n, inj, used } = this;
    let b = 0;
    for (let j = i; j < k; j++) {
      while (b < n && used[b]) b++;
      if (b === n) {
        for (let t = i; t < j; t++) used[inj[t]!] = 0;
        return false;
      }
      used[b] = 1;
      inj[j] = b++;
    }
    return true;
  }
}
