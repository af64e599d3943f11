#!/usr/bin/env bash
# Run the benchmarks and regenerate the README's Speed table from their JSON results.
#
#   bash benchmarks/run.sh [REPEAT] [bench_NAME.py ...]
#
# Every benchmarks/bench_*.py runs (or only those named), each as its own process with
# REPEAT (default 5) as its first argument. Each writes benchmarks/results/<name>.json
# (see benchmarks/README.md); speed_table.py then rewrites the table in README.md.
# The scale-100 dataset is built once and kept in benchmarks/results/ (git-ignored).
set -uo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-../.venv/bin/python}"
REPEAT="${1:-5}"
shift || true
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# An installed app runs from compiled bytecode (pip compiles at install): so do the benchmarks.
unset PYTHONDONTWRITEBYTECODE
"$PY" -m compileall -q ../qistdesk >/dev/null
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  benches=(bench_*.py)
  # A whole run: the table must hold this run's figures only, so earlier JSON moves aside
  # (results/previous/) instead of lingering when a benchmark fails before it saves.
  mkdir -p results/previous
  mv -f results/*.json results/previous/ 2>/dev/null || true
fi
failed=()
began=$SECONDS
echo "load before: $(uptime)"
for bench in "${benches[@]}"; do
  echo "### $bench"
  start=$SECONDS
  if ! "$PY" "$bench" "$REPEAT"; then
    failed+=("$bench")
    echo "!!! $bench failed (or missed its target and said so with its exit code)"
  fi
  echo "### $bench took $((SECONDS - start)) s"
done
echo "load after: $(uptime)"
echo "all benchmarks took $((SECONDS - began)) s"
"$PY" speed_table.py --readme ../README.md
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}"
  exit 1
fi
