# Settings of the experiment templates (docs/scale-out.md, "Sharded experiments"). Override any
# of them in the environment, e.g.  EXPERIMENT=nu4-ascent SIZE=paper N=64 ./experiment-parallel.sh
: "${GFD:=gfd}"                                   # the gfd command (e.g. /opt/gf-diagrams/bin/gfd)
: "${EXPERIMENT:=nu4-ascent}"                     # one experiment (not all)
: "${SIZE:=paper}"                                # paper | default | quick | tiny
: "${N:=8}"                                       # number of shards (array tasks)
: "${DIR:=$PWD/gfd-$EXPERIMENT-$SIZE}"            # job directory, shared by all tasks; the JSON and SVG end up here
: "${THREADS:=1}"                                 # worker threads per task (runs of one job in parallel)
: "${SEEDS:=}"                                    # runs per curve, overriding the preset (empty: the preset)
export GFD EXPERIMENT SIZE N DIR THREADS SEEDS

# Options of every shard: size, seeds, threads.
gfd_experiment_args() {
  printf '%s\0' --size "$SIZE" --threads "$THREADS" --quiet
  [ -z "$SEEDS" ] || printf '%s\0' --seeds "$SEEDS"
}
