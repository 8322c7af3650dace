#!/usr/bin/env bash
# A sharded run of `gfd expand` on one machine with GNU parallel (docs/scale-out.md).
#   GFD_MODEL="--nu 3 --scenario asym" S=5 N=8 JOBS=2 ./scale-out/parallel.sh
# The final document goes to $OUT; it is byte-identical to `gfd expand … --order $S`.
# (`parallel.sh map i` and `parallel.sh evaluate j` are the single tasks GNU parallel runs; the
# model options never pass through parallel, whose replacement strings would catch `{1}{2}`.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
: "${JOBS:=$(nproc)}"
mapfile -d '' model < <(gfd_model_args)

case "${1:-}" in
  map) exec "$GFD" expand "${model[@]}" --order "$S" --checkpoint "$DIR" --shard "$2/$N" --quiet ;;
  evaluate) exec "$GFD" reduce "$DIR" --partition "$2/$N" --quiet --threads "$THREADS" ;;
esac

# 1. levels 0 … S−1 in one process (cheap), saved in the checkpoint
"$GFD" expand "${model[@]}" --order $((S - 1)) --checkpoint "$DIR" --quiet --threads "$THREADS" > /dev/null
# 2. map: shard i merges the parents with index ≡ i mod N and writes N key partitions
seq 0 $((N - 1)) | parallel --halt now,fail=1 -j "$JOBS" "$0" map {}
# 3. expectations: partition j summed over all map shards, Σ coeff·E[class]
seq 0 $((N - 1)) | parallel --halt now,fail=1 -j "$JOBS" "$0" evaluate {}
# 4. reduce: the exact sum with the levels below
"$GFD" reduce "$DIR" --format "$FORMAT" > "$OUT"
echo "wrote $OUT" >&2
