#!/usr/bin/env bash
# Runs the four Jobs of a sharded `gfd expand` one after the other (docs/scale-out.md):
#   IMAGE=registry.example.org/gf-diagrams:latest S=6 N=32 ./scale-out/k8s/run.sh
# Kubernetes has no dependencies between Jobs; each is started when the previous one completed.
# Edit GFD_MODEL etc. in config.yaml. The result is printed (the log of gfd-reduce).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${IMAGE:?set IMAGE to an image built with scale-out/k8s/Dockerfile}"
: "${S:=5}" "${N:=8}" "${TIMEOUT:=24h}"
render() { sed -e "s|__IMAGE__|$IMAGE|g" -e "s|__S__|$S|g" -e "s|__N__|$N|g" "$here/$1"; }
render config.yaml | kubectl apply -f -
for job in prefix map evaluate reduce; do
  kubectl delete job "gfd-$job" --ignore-not-found > /dev/null
  render "$job-job.yaml" | kubectl apply -f -
  kubectl wait --for=condition=complete --timeout="$TIMEOUT" "job/gfd-$job"
done
kubectl logs job/gfd-reduce
