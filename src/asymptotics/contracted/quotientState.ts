/**
 * A quotient state of the contracted-state engine: the quotient multigraph of a diagram by a
 * partition of its nodes (H-blocks, p-blocks, and per (H-block, p-block, colour) the number of
 * edges, its *group*). It is itself a coloured bipartite multigraph, so canon/ names its
 * isomorphism class; this file unpacks a class key into the arrays the transitions read and
 * packs a modified group table back into a key.
 */
import { diagramOfKey, twinCanonicalKey } from '../../canon/index.js';
import { EDGE_STRIDE, freezeDiagram } from '../../diagram/index.js';
import { countTouched, type UnitLayout } from './units.js';

/** Groups of a state, unpacked for the transitions. */
export interface Unpacked {
  readonly nH: number;
  readonly nP: number;
  /** group g: H-block gH[g], p-block gP[g], colour gC[g], multiplicity gR[g] ≥ 1 */
  readonly gH: Int32Array;
  readonly gP: Int32Array;
  readonly gC: Int32Array;
  readonly gR: Int32Array;
  /** (h, p, colour) → group index */
  readonly index: Map<number, number>;
  /** colour-parity vector of each block (bit c: odd degree in colour c) */
  readonly parH: Int32Array;
  readonly parP: Int32Array;
  /** colour-parity vector of each (H-block, p-block) pair with an odd group, by pairCode */
  readonly pairPar: Map<number, number>;
  readonly edges: number;
  /** odd groups */
  readonly oddGroups: number;
  /** odd parity units and touched units per kind (units.ts) */
  readonly units: Int32Array;
  /** per-colour parity of the edge counts */
  readonly tau: number;
}

export function pairCode(h: number, p: number): number {
  return h * 4096 + p;
}

/** (h, p, colour) packed into one number; blocks and colours stay far below the limits. */
export function groupCode(h: number, p: number, c: number): number {
  return (h * 4096 + p) * 256 + c;
}

export function unpackState(key: string, layout: UnitLayout): Unpacked {
  const d = diagramOfKey(key);
  const e = d.edges;
  const index = new Map<number, number>();
  const gH: number[] = [];
  const gP: number[] = [];
  const gC: number[] = [];
  const gR: number[] = [];
  for (let i = 0; i < e.length; i += EDGE_STRIDE) {
    const code = groupCode(e[i]!, e[i + 1]!, e[i + 2]!);
    const g = index.get(code);
    if (g === undefined) {
      index.set(code, gH.length);
      gH.push(e[i]!);
      gP.push(e[i + 1]!);
      gC.push(e[i + 2]!);
      gR.push(1);
    } else gR[g]!++;
  }
  const parH = new Int32Array(d.nH);
  const parP = new Int32Array(d.nP);
  const pairPar = new Map<number, number>();
  const units = new Int32Array(layout.count);
  let tau = 0;
  let oddGroups = 0;
  for (let g = 0; g < gH.length; g++) {
    if (gR[g]! & 1) {
      oddGroups++;
      units[layout.group(gC[g]!)]!++;
      const bit = 1 << gC[g]!;
      parH[gH[g]!]! ^= bit;
      parP[gP[g]!]! ^= bit;
      const pc = pairCode(gH[g]!, gP[g]!);
      pairPar.set(pc, (pairPar.get(pc) ?? 0) ^ bit);
      tau ^= bit;
    }
  }
  for (const v of pairPar.values()) {
    if (v !== 0) units[layout.pair]!++;
    if (layout.mixed(v)) units[layout.pairMixed]!++;
  }
  for (const v of parH) {
    if (v !== 0) units[layout.hBlock]!++;
    for (let c = 0; c < layout.colours; c++) if (v & (1 << c)) units[layout.hColour(c)]!++;
  }
  for (const v of parP) {
    if (v !== 0) units[layout.pBlock]!++;
    for (let c = 0; c < layout.colours; c++) if (v & (1 << c)) units[layout.pColour(c)]!++;
  }
  countTouched(layout, gH, gP, gC, gR, gH.length, units);
  return {
    nH: d.nH,
    nP: d.nP,
    gH: Int32Array.from(gH),
    gP: Int32Array.from(gP),
    gC: Int32Array.from(gC),
    gR: Int32Array.from(gR),
    index,
    parH,
    parP,
    pairPar,
    edges: e.length / EDGE_STRIDE,
    oddGroups,
    units,
    tau,
  };
}

/**
 * Key of the state with nH, nP blocks and groups given as parallel arrays (r = 0 skipped), through
 * the twin quotient (states have many twin blocks).
 */
export function stateKey(nH: number, nP: number, h: ArrayLike<number>, p: ArrayLike<number>, c: ArrayLike<number>, r: ArrayLike<number>, count: number): string {
  let m = 0;
  for (let g = 0; g < count; g++) m += r[g]!;
  const edges = new Int32Array(EDGE_STRIDE * m);
  let k = 0;
  for (let g = 0; g < count; g++) {
    for (let j = 0; j < r[g]!; j++) {
      edges[k++] = h[g]!;
      edges[k++] = p[g]!;
      edges[k++] = c[g]!;
    }
  }
  return twinCanonicalKey(freezeDiagram(nH, nP, edges));
}

/** (r − 1)!! for even r ≥ 2, 1 for r = 0. */
export function doubleFactorialBelow(r: number): bigint {
  let out = 1n;
  for (let x = r - 1; x > 1; x -= 2) out *= BigInt(x);
  return out;
}
