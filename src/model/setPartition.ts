/**
 * Set partitions of the slots {1..ν} ("delta patterns"), stored canonically: blocks sorted
 * internally and by their smallest element.
 */
import { UnionFind } from '../unionFind.js';

export type SetPartition = readonly (readonly number[])[];

/** Canonical form of a partition given as blocks of 1-based slots (no validation). */
export function normalizePartition(blocks: readonly (readonly number[])[]): SetPartition {
  return blocks.map((b) => [...b].sort((x, y) => x - y)).sort((a, b) => a[0]! - b[0]!);
}

/** Block index of each slot 1..ν (array indexed by slot − 1). */
export function blockOf(partition: SetPartition, nu: number): number[] {
  const out = new Array<number>(nu).fill(-1);
  partition.forEach((b, j) => b.forEach((slot) => (out[slot - 1] = j)));
  return out;
}

/** Number of blocks of the join π ∨ π' (finest partition coarser than both). */
export function joinBlockCount(a: SetPartition, b: SetPartition, nu: number): number {
  const uf = new UnionFind(nu);
  for (const part of [a, b]) {
    for (const block of part) for (const s of block) uf.union(s - 1, block[0]! - 1);
  }
  return uf.classes;
}

/** `{1,2}{3}` notation. */
export function formatPartition(partition: SetPartition): string {
  return partition.map((b) => `{${b.join(',')}}`).join('');
}
