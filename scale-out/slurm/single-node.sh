#!/usr/bin/env bash
# A single-node Slurm on this machine, from Debian packages, and the Slurm templates run end to
# end on a small case, compared byte for byte (cmp) with one `gfd expand` process, or with one
# `gfd experiment` process when EXPERIMENT is set (docs/scale-out.md). Needs root and apt
# (Debian 12). Not part of `npm test`.
#   sudo scale-out/slurm/single-node.sh            # ASYM ν=3, S=4, N=3
#   GFD_MODEL="--nu 2 --scenario sym" S=6 N=4 sudo -E scale-out/slurm/single-node.sh
#   EXPERIMENT=nu4-ascent SIZE=quick N=3 sudo -E scale-out/slurm/single-node.sh
# Leaves munged, slurmctld and slurmd running; STOP=1 stops them at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
: "${GFD:=$repo/bin/gfd}"
: "${GFD_MODEL:=--nu 3 --scenario asym}"
: "${S:=4}"
: "${N:=3}"
work=$(mktemp -d /tmp/gfd-slurm-XXXXXX)
chmod 755 "$work"
: "${DIR:=$work/checkpoint}"
: "${OUT:=$work/reduce.json}"
export GFD GFD_MODEL S N DIR OUT
t0=$(date +%s)
log() { echo "[$(($(date +%s) - t0)) s] $*" >&2; }

[ "$(id -u)" = 0 ] || { echo "single-node.sh: run as root" >&2; exit 2; }
if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  log "installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge > /dev/null
fi
log "$(slurmctld -V), munge $(dpkg-query -W -f='${Version}' munge)"

# munge: a key and the daemon (as user munge)
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey > /dev/null; then mungekey --create --force; else dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2> /dev/null; fi
fi
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/log/munge /var/lib/munge && chown munge:munge /run/munge /var/log/munge /var/lib/munge
pgrep -x munged > /dev/null || runuser -u munge -- /usr/sbin/munged
munge -n | unmunge > /dev/null && log "munge works"

# slurm.conf for one node running everything as root, no cgroups, no accounting
host=$(hostname -s)
cpus=$(nproc)
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
cat > /etc/slurm/slurm.conf << CONF
ClusterName=gfd
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
if ! pgrep -x slurmctld > /dev/null; then slurmctld; fi
if ! pgrep -x slurmd > /dev/null; then slurmd; fi
for _ in $(seq 60); do
  sinfo -h -o '%T' 2> /dev/null | grep -qE '^(idle|mixed|allocated)' && break
  sleep 1
done
scontrol update NodeName="$host" State=RESUME 2> /dev/null || true
log "slurm up: $(sinfo -h -o '%P %D %T %c')"

cd "$work"
if [ -n "${EXPERIMENT:-}" ]; then
  # the experiment templates: a job array of N shards and the reduce, against one process
  : "${SIZE:=tiny}"
  DIR=$work/experiment
  export EXPERIMENT SIZE DIR THREADS=1
  log "submitting: experiment $EXPERIMENT, size $SIZE, N=$N, job directory $DIR"
  ts=$(date +%s.%N)
  WAIT=1 "$here/submit-experiment.sh" || { log "the Slurm run failed; logs in $work"; tail -n 5 "$work"/*.log >&2 || true; exit 1; }
  te=$(date +%s.%N)
  "$GFD" experiment "$EXPERIMENT" --size "$SIZE" --out "$work/single" --threads 1 --quiet > /dev/null
  tf=$(date +%s.%N)
  log "sharded run under Slurm: $(awk "BEGIN{printf \"%.1f\", $te - $ts}") s; single process: $(awk "BEGIN{printf \"%.1f\", $tf - $te}") s"
  status=0
  for f in "$EXPERIMENT.json" "$EXPERIMENT.svg"; do
    if cmp "$DIR/$f" "$work/single/$f"; then log "IDENTICAL: $f ($(wc -c < "$DIR/$f") bytes)"; else log "DIFFERENT: $f"; status=1; fi
  done
  if [ "${STOP:-0}" = 1 ]; then
    scontrol shutdown > /dev/null 2>&1 || true
    [ -s /run/munge/munged.pid ] && kill "$(cat /run/munge/munged.pid)" 2> /dev/null || true
  fi
  exit $status
fi

# the template, end to end, and the single-process run
log "submitting: $GFD_MODEL S=$S N=$N, checkpoint $DIR"
ts=$(date +%s.%N)
WAIT=1 "$here/submit.sh" || { log "the Slurm run failed; logs in $work"; tail -n 5 "$work"/*.log >&2 || true; exit 1; }
te=$(date +%s.%N)
# shellcheck disable=SC2086
"$GFD" expand $GFD_MODEL --order "$S" --quiet > "$work/single.json"
tf=$(date +%s.%N)
log "sharded run under Slurm: $(awk "BEGIN{printf \"%.1f\", $te - $ts}") s; single process: $(awk "BEGIN{printf \"%.1f\", $tf - $te}") s"
if cmp "$OUT" "$work/single.json"; then log "IDENTICAL: $OUT = single-process output ($(wc -c < "$OUT") bytes)"; status=0; else log "DIFFERENT"; status=1; fi
if [ "${STOP:-0}" = 1 ]; then
  scontrol shutdown > /dev/null 2>&1 || true
  [ -s /run/munge/munged.pid ] && kill "$(cat /run/munge/munged.pid)" 2> /dev/null || true
fi
exit $status
