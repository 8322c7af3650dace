/**
 * Heap pressure as a clean refusal: the progress callbacks of the series engine call
 * {@link checkHeap} as they go, and when the JavaScript heap is nearly full the run stops with an
 * InputError (one `gfd:` line, exit 2) instead of dying in V8 (exit 134): a streamed document is
 * closed with what finished (`"complete": false`), and checkpointed levels stay on disk.
 */
import { getHeapStatistics } from 'node:v8';
import { InputError } from '../errors.js';

/**
 * Fraction of the old generation's limit above which a run stops. Not closer to 1: V8 dies when
 * one large table (a Map being rehashed) no longer fits, which happens well before the heap is full
 * (measured: at 110 of 128 MB).
 */
export const HEAP_GUARD_FRACTION = 0.75;

/** The young generation included in V8's heap_size_limit (48 MB in 64-bit Node 20). */
const YOUNG_GENERATION = 48 * 2 ** 20;

let calls = 0;

/** Throws when the heap holds more than {@link HEAP_GUARD_FRACTION} of the old generation's limit (checked every 32 calls). */
export function checkHeap(where: string): void {
  if ((++calls & 31) !== 0) return;
  const { used_heap_size: used, heap_size_limit: total } = getHeapStatistics();
  const limit = Math.max(total - YOUNG_GENERATION, 16 * 2 ** 20);
  if (used > HEAP_GUARD_FRACTION * limit) {
    const mb = (x: number) => Math.round(x / 2 ** 20);
    throw new InputError(
      `out of memory: ${where} needs more than the ${mb(limit)} MB heap (${mb(used)} MB in use); raise it with NODE_OPTIONS=--max-old-space-size=…, or split the run (--checkpoint, --shard)`,
    );
  }
}
