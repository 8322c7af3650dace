#!/usr/bin/env bash
# Submits a sharded `gfd expand` as four Slurm jobs chained with --dependency=afterok
# (docs/scale-out.md). Settings come from the environment (scale-out/env.sh), e.g.
#   GFD=/opt/gf-diagrams/bin/gfd GFD_MODEL="--nu 3 --scenario asym" S=6 N=64 DIR=/scratch/gfd ./scale-out/slurm/submit.sh
# Extra sbatch options (partition, account, time, memory) go in SBATCH_EXTRA.
# Prints the id of the last job; with WAIT=1 it waits for that job and exits with its status.
set -euo pipefail
SCALE_OUT=$(cd "$(dirname "$0")/.." && pwd)
export SCALE_OUT
. "$SCALE_OUT/env.sh"
slurm="$SCALE_OUT/slurm"
read -r -a extra <<< "${SBATCH_EXTRA:-}"
mkdir -p "$(dirname "$DIR")"
submit() { sbatch --parsable --export=ALL --kill-on-invalid-dep=yes "${extra[@]}" "$@" | cut -d';' -f1; }
prefix=$(submit "$slurm/prefix.sbatch")
map=$(submit --dependency="afterok:$prefix" --array="0-$((N - 1))" "$slurm/map.sbatch")
evaluate=$(submit --dependency="afterok:$map" --array="0-$((N - 1))" "$slurm/evaluate.sbatch")
if [ "${WAIT:-0}" = 1 ]; then
  reduce=$(submit --dependency="afterok:$evaluate" --wait "$slurm/reduce.sbatch")
else
  reduce=$(submit --dependency="afterok:$evaluate" "$slurm/reduce.sbatch")
fi
echo "jobs: prefix $prefix, map $map (array 0-$((N - 1))), evaluate $evaluate (array 0-$((N - 1))), reduce $reduce" >&2
echo "$reduce"
