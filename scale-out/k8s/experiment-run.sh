#!/usr/bin/env bash
# Runs a sharded `gfd experiment` on Kubernetes: the Indexed Job, then the reduce Job (docs/scale-out.md):
#   IMAGE=registry.example.org/gf-diagrams:latest EXPERIMENT=nu4-ascent SIZE=paper N=64 ./scale-out/k8s/experiment-run.sh
# The JSON and SVG are on the volume, in /data/<experiment>-<size>/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${IMAGE:?set IMAGE to an image built with scale-out/k8s/Dockerfile}"
: "${EXPERIMENT:=nu4-ascent}" "${SIZE:=paper}" "${N:=8}" "${TIMEOUT:=168h}"
render() { sed -e "s|__IMAGE__|$IMAGE|g" -e "s|__EXPERIMENT__|$EXPERIMENT|g" -e "s|__SIZE__|$SIZE|g" -e "s|__N__|$N|g" "$here/$1"; }
render experiment-config.yaml | kubectl apply -f -
for job in experiment experiment-reduce; do
  kubectl delete job "gfd-$job" --ignore-not-found > /dev/null
  render "$job-job.yaml" | kubectl apply -f -
  kubectl wait --for=condition=complete --timeout="$TIMEOUT" "job/gfd-$job"
done
kubectl logs job/gfd-experiment-reduce
