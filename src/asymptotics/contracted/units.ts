/**
 * Parity units: the things an even final state has no odd one of (docs/asymptotics.md §"The
 * future bound"). With C colours: groups (H-block, p-block, colour c) of odd multiplicity, one
 * kind per colour; pairs (H-block, p-block) whose groups are not all even; H-blocks and p-blocks
 * of odd degree in some colour; (H-block, colour c) and (p-block, colour c) of odd degree, one
 * kind per colour; *mixed* pairs, whose parity vector is neither zero nor every colour
 * (§"Mixed pairs"). Then the four kinds of *touched* units of the weighted genus (docs/asymptotics.md
 * §"Weighted genus", §"The weighted genus budget"): H-blocks, (H-block, colour) pairs, p-blocks and
 * (p-block, colour) pairs that some odd group touches (the pairs of all colours in one kind).
 * Counts are kept per kind in an Int32Array laid out as below.
 */
export class UnitLayout {
  /** number of unit kinds */
  readonly count: number;
  readonly pair: number;
  readonly hBlock: number;
  readonly pBlock: number;
  /**
   * pairs whose colour-parity vector is *mixed*: neither zero nor every colour (the only vectors
   * a merge with R, which flips every colour of one pair, can heal are the full ones)
   */
  readonly pairMixed: number;
  /** the parity vector with every colour */
  private readonly full: number;
  /** touched H-blocks, (H-block, colour) pairs, p-blocks, (p-block, colour) pairs */
  readonly touchedH: number;
  readonly touchedHColour: number;
  readonly touchedP: number;
  readonly touchedPColour: number;

  /**
   * @param colourOrbits states are named up to permutations of the colours (colourOrbits.ts):
   * only when the loss terms are invariant under them
   */
  constructor(
    readonly colours: number,
    readonly colourOrbits = false,
  ) {
    this.pair = colours;
    this.hBlock = colours + 1;
    this.pBlock = colours + 2;
    this.full = (1 << colours) - 1;
    this.pairMixed = 3 * colours + 3;
    this.touchedH = 3 * colours + 4;
    this.touchedHColour = 3 * colours + 5;
    this.touchedP = 3 * colours + 6;
    this.touchedPColour = 3 * colours + 7;
    this.count = 3 * colours + 8;
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
    if (this.colours === 1) return [0, this.hBlock, this.pBlock, this.touchedH, this.touchedP];
    // (every pair with one colour is full or zero: no mixed pairs)
    return Array.from({ length: this.count }, (_, i) => i);
  }

  /** Whether a colour-parity vector of a pair is mixed (neither zero nor every colour). */
  mixed(v: number): boolean {
    return v !== 0 && v !== this.full;
  }

  /** Whether a kind counts touched units (the weighted genus) rather than odd ones. */
  isTouched(kind: number): boolean {
    return kind >= this.touchedH;
  }

  /** Name of a kind, for reports. */
  name(kind: number): string {
    const C = this.colours;
    if (kind < C) return `group colour ${kind + 1}`;
    if (kind === this.pair) return 'pair';
    if (kind === this.hBlock) return 'H-block';
    if (kind === this.pBlock) return 'p-block';
    if (kind < 2 * C + 3) return `H-block colour ${kind - C - 2}`;
    if (kind < 3 * C + 3) return `p-block colour ${kind - 2 * C - 2}`;
    if (kind === this.pairMixed) return 'mixed pair';
    return ['touched H-block', 'touched (H-block, colour)', 'touched p-block', 'touched (p-block, colour)'][kind - this.touchedH]!;
  }
}

/**
 * Writes the touched-unit counts of a group table (group g: H-block h[g], p-block p[g], colour
 * c[g], multiplicity r[g]; the first n groups) into `out` at the layout's touched kinds.
 */
export function countTouched(layout: UnitLayout, h: ArrayLike<number>, p: ArrayLike<number>, c: ArrayLike<number>, r: ArrayLike<number>, n: number, out: Int32Array): void {
  const hs = new Set<number>();
  const hcs = new Set<number>();
  const ps = new Set<number>();
  const pcs = new Set<number>();
  for (let g = 0; g < n; g++) {
    if ((r[g]! & 1) === 0) continue;
    hs.add(h[g]!);
    hcs.add(h[g]! * 256 + c[g]!);
    ps.add(p[g]!);
    pcs.add(p[g]! * 256 + c[g]!);
  }
  out[layout.touchedH] = hs.size;
  out[layout.touchedHColour] = hcs.size;
  out[layout.touchedP] = ps.size;
  out[layout.touchedPColour] = pcs.size;
}

export function popcount(v: number): number {
  let n = 0;
  for (let x = v >>> 0; x !== 0; x &= x - 1) n++;
  return n;
}
