#!/usr/bin/env bash
# Run every benchmark: bash benchmarks/run.sh [REPEAT]
# Builds the scale-100 dataset once (kept in benchmarks/results/), prints medians and ratios.
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-../.venv/bin/python}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for bench in bench_*.py; do
  echo "### $bench"
  "$PY" "$bench" "$@"
done
