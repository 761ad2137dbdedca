#!/usr/bin/env bash
# Issue 16 parts 3-4: what `tthc case open` costs with the shipped artifact (CPU: user + system)
# and what `tthc deadline` and `tthc holidays` cost from the shipped catalog (wall), each against
# baselines measured in the same hyperfine run:
#   - the process's floor: `tthc --version` (start-up, nothing read);
#   - for `deadline --add`, the same command on a catalog that holds only catalog.yaml and
#     calendar/ (exactly what it needs);
#   - BEFORE: an earlier tthc (e.g. the main branch's release build) on its own JSON artifact.
#
#   Benchmarks/Scripts/artifact-commands.sh AFTER [BEFORE]     (release builds; hyperfine on PATH)
# Run from the repository's root. Stores and artifacts go to a temporary folder.
set -euo pipefail
after=$(realpath "$1"); before=${2:+$(realpath "$2")}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/calendar-only"
cp Catalog/catalog.yaml "$work/calendar-only/" && cp -r Catalog/calendar "$work/calendar-only/"

"$after" compile Catalog -o "$work/after.tthc" 2>/dev/null
"$after" compile Catalog -o "$work/after.json" --format json 2>/dev/null
[ -z "$before" ] || "$before" compile Catalog -o "$work/before.json" 2>/dev/null

# hyperfine's means: wall, and CPU (user + system), each as a ratio to the first command's.
bench() {
  local title=$1; shift
  hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-json "$work/run.json" "$@" > /dev/null
  echo "### $title"
  python3 - "$work/run.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
floor = results[0]
print("| command | wall (mean ± σ) | CPU (user + system) | wall / first | CPU / first |")
print("| --- | --- | --- | --- | --- |")
for r in results:
    cpu, floor_cpu = r["user"] + r["system"], floor["user"] + floor["system"]
    print(f"| `{r['command']}` | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} ms | {cpu*1000:.1f} ms | {r['mean']/floor['mean']:.2f}× | {cpu/floor_cpu:.2f}× |")
PY
}

# A new case each run (the store knows the artifact after the warm-up, as in use).
opening="--procedure 1.001193 --received 2026-03-02T08:30 --commune thanh-nua --applicant CCCD-1 --format json"
commands=("$after --version"
          "$after case open --artifact $work/after.tthc --store $work/after.sqlite $opening"
          "$after case open --artifact $work/after.json --store $work/after-json.sqlite $opening")
[ -z "$before" ] || commands+=("$before case open --artifact $work/before.json --store $work/before.sqlite $opening")
bench "case open, shipped artifact" "${commands[@]}"

add="--from 2026-02-13T16:20 --add '3 working days'"
commands=("$after --version"
          "$after deadline --catalog $work/calendar-only $add"
          "$after deadline --catalog Catalog $add"
          "$after holidays 2026 --catalog Catalog"
          "$after deadline --catalog Catalog --procedure 1.001193 --received 2026-11-23")
[ -z "$before" ] || commands+=("$before deadline --catalog Catalog $add" "$before holidays 2026 --catalog Catalog"
                               "$before deadline --catalog Catalog --procedure 1.001193 --received 2026-11-23")
bench "deadline and holidays, shipped catalog" "${commands[@]}"
