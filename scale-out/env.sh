# Settings shared by the scale-out templates (docs/scale-out.md). Override any of them in the
# environment before running a template, e.g.  GFD_MODEL="--nu 3 --scenario asym" S=6 N=64 ./parallel.sh
: "${GFD:=gfd}"                                   # the gfd command (e.g. /opt/gf-diagrams/bin/gfd)
: "${GFD_MODEL:=--nu 3 --scenario asym}"          # model options, word-split (no spaces inside a value)
: "${GFD_TARGET:=identity}"                       # --target (may contain spaces)
: "${GFD_OBSERVABLE:=loss}"                       # --observable (may contain spaces)
: "${S:=5}"                                       # the order; level S is split into shards
: "${N:=8}"                                       # number of map shards = number of key partitions
: "${DIR:=$PWD/gfd-checkpoint}"                   # checkpoint directory, shared by all tasks
: "${OUT:=$PWD/gfd-expand-S$S.json}"              # where the final document goes
: "${FORMAT:=json}"                               # json | text | latex
: "${THREADS:=1}"                                 # worker threads per task for the expectations
export GFD GFD_MODEL GFD_TARGET GFD_OBSERVABLE S N DIR OUT FORMAT THREADS

# The model and observable as arguments of `gfd expand`.
gfd_model_args() {
  # shellcheck disable=SC2086
  set -- $GFD_MODEL
  printf '%s\0' "$@" --target "$GFD_TARGET" --observable "$GFD_OBSERVABLE"
}
