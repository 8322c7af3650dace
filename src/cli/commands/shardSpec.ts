/** `--shard i/n` and `--partition j/n`: one of n parts, 0 ≤ i < n. */
import { InputError } from '../../errors.js';

export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** Largest number of shards (each map shard writes one file per partition). */
export const MAX_SHARDS = 10_000;

export function shardOption(name: string) {
  return (raw: string): ShardSpec => {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
    if (!m) throw new InputError(`--${name}: expected i/n (0 ≤ i < n), got "${raw}"`);
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS) throw new InputError(`--${name}: n must be between 1 and ${MAX_SHARDS}, got ${m[2]}`);
    if (index >= count) throw new InputError(`--${name}: i must be below n (0 ≤ i < n), got "${raw}"`);
    return { index, count };
  };
}
