/**
 * Parity units: the things an even final state has no odd one of (docs/asymptotics.md §"The
 * future bound"). With C colours: groups (H-block, p-block, colour c) of odd multiplicity, one
 * kind per colour; pairs (H-block, p-block) whose groups are not all even; H-blocks and p-blocks
 * of odd degree in some colour; (H-block, colour c) and (p-block, colour c) of odd degree, one
 * kind per colour. Counts are kept per kind in an Int32Array laid out as below.
 */
export class UnitLayout {
  /** number of unit kinds */
  readonly count: number;
  readonly pair: number;
  readonly hBlock: number;
  readonly pBlock: number;

  constructor(readonly colours: number) {
    this.pair = colours;
    this.hBlock = colours + 1;
    this.pBlock = colours + 2;
    this.count = 3 * colours + 3;
  }

  /** odd groups of colour c */
  group(c: number): number {
    return c;
  }

  /** H-blocks of odd degree in colour c */
  hColour(c: number): number {
    return this.colours + 3 + c;
  }

  /** p-blocks of odd degree in colour c */
  pColour(c: number): number {
    return 2 * this.colours + 3 + c;
  }

  /**
   * Kinds worth tracking: with one colour a pair is a group and an (H-block, colour) an H-block.
   */
  independentKinds(): number[] {
    if (this.colours === 1) return [0, this.hBlock, this.pBlock];
    return Array.from({ length: this.count }, (_, i) => i);
  }

  /** Name of a kind, for reports. */
  name(kind: number): string {
    const C = this.colours;
    if (kind < C) return `group colour ${kind + 1}`;
    if (kind === this.pair) return 'pair';
    if (kind === this.hBlock) return 'H-block';
    if (kind === this.pBlock) return 'p-block';
    if (kind < 2 * C + 3) return `H-block colour ${kind - C - 2}`;
    return `p-block colour ${kind - 2 * C - 2}`;
  }
}

export function popcount(v: number): number {
  let n = 0;
  for (let x = v >>> 0; x !== 0; x &= x - 1) n++;
  return n;
}
