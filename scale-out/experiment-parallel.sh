#!/usr/bin/env bash
# A sharded `gfd experiment` on one machine with GNU parallel (docs/scale-out.md):
#   EXPERIMENT=nu4-ascent SIZE=default N=8 JOBS=2 ./scale-out/experiment-parallel.sh
# Writes $DIR/$EXPERIMENT.json and .svg, byte-identical to `gfd experiment $EXPERIMENT --size $SIZE`.
# Rerunning it after an interruption simulates only the jobs without a file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/experiment-env.sh"
: "${JOBS:=$(nproc)}"
mapfile -d '' args < <(gfd_experiment_args)

if [ "${1:-}" = shard ]; then exec "$GFD" experiment "$EXPERIMENT" --out "$DIR" --shard "$2/$N" "${args[@]}"; fi

mkdir -p "$DIR"
seq 0 $((N - 1)) | parallel --halt now,fail=1 -j "$JOBS" "$0" shard {}
"$GFD" experiment "$EXPERIMENT" --reduce "$DIR"
