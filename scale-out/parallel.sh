#!/usr/bin/env bash
# A sharded run of `gfd expand` on one machine with GNU parallel (docs/scale-out.md).
#   GFD_MODEL="--nu 3 --scenario asym" S=5 N=8 JOBS=2 ./scale-out/parallel.sh
# The final document goes to $OUT; it is byte-identical to `gfd expand … --order $S`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
: "${JOBS:=$(nproc)}"
mapfile -d '' model < <(gfd_model_args)

# 1. levels 0 … S−1 in one process (cheap), saved in the checkpoint
"$GFD" expand "${model[@]}" --order $((S - 1)) --checkpoint "$DIR" --quiet --threads "$THREADS" > /dev/null
# 2. map: shard i merges the parents with index ≡ i mod N and writes N key partitions
seq 0 $((N - 1)) | parallel -q --halt now,fail=1 -j "$JOBS" "$GFD" expand "${model[@]}" --order "$S" --checkpoint "$DIR" --shard {}/"$N" --quiet
# 3. expectations: partition j summed over all map shards, Σ coeff·E[class]
seq 0 $((N - 1)) | parallel -q --halt now,fail=1 -j "$JOBS" "$GFD" reduce "$DIR" --partition {}/"$N" --quiet --threads "$THREADS"
# 4. reduce: the exact sum with the levels below
"$GFD" reduce "$DIR" --format "$FORMAT" > "$OUT"
echo "wrote $OUT" >&2
