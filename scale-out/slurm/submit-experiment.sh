#!/usr/bin/env bash
# Submits a sharded `gfd experiment` as a Slurm job array and a reduce job that waits for it
# (docs/scale-out.md). Settings from the environment (scale-out/experiment-env.sh), e.g.
#   GFD=/opt/gf-diagrams/bin/gfd EXPERIMENT=nu4-ascent SIZE=paper N=256 DIR=/scratch/$USER/fig6 \
#     SBATCH_EXTRA="--partition=long --time=48:00:00" ./scale-out/slurm/submit-experiment.sh
# `gfd experiment $EXPERIMENT --plan --size $SIZE` tells the core-hours beforehand.
# Prints the id of the reduce job; with WAIT=1 it waits for it and exits with its status.
set -euo pipefail
SCALE_OUT=$(cd "$(dirname "$0")/.." && pwd)
export SCALE_OUT
. "$SCALE_OUT/experiment-env.sh"
slurm="$SCALE_OUT/slurm"
read -r -a extra <<< "${SBATCH_EXTRA:-}"
mkdir -p "$DIR"
submit() { sbatch --parsable --export=ALL --kill-on-invalid-dep=yes "${extra[@]}" "$@" | cut -d';' -f1; }
shards=$(submit --array="0-$((N - 1))" "$slurm/experiment.sbatch")
if [ "${WAIT:-0}" = 1 ]; then
  reduce=$(submit --dependency="afterok:$shards" --wait "$slurm/experiment-reduce.sbatch")
else
  reduce=$(submit --dependency="afterok:$shards" "$slurm/experiment-reduce.sbatch")
fi
echo "jobs: shards $shards (array 0-$((N - 1))), reduce $reduce" >&2
echo "$reduce"
