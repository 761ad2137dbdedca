#!/bin/bash
# Counts the Swift runtime's reference-counting calls per event while the requests benchmark's
# script is played, by immediate caller: exact counts, unlike sampled time. Needs perf with
# uprobes (root). The play runs about 1,000 times slower under the probes, hence 2,000 cases.
#
#   bash Profile/count-refcounting.sh [cases]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-2000}
swift build -c release --product CaseProfile >/dev/null
runtime=$(ldd .build/release/CaseProfile | awk '/libswiftCore/ {print $3}')
probes=""
for f in swift_retain swift_release swift_bridgeObjectRetain swift_bridgeObjectRelease; do
    perf probe -q -x "$runtime" -a "$f" 2>/dev/null || true
    probes+="${probes:+,}probe_libswiftCore:$f"
done
data=$(mktemp); out=$(mktemp)
PROFILE_WAIT=1 PROFILE_CASES=$cases .build/release/CaseProfile 1 > "$out" 2>&1 &
pid=$!
until grep -q ready "$out" 2>/dev/null; do sleep 0.2; done
perf record -e "$probes" --call-graph dwarf,64 -p "$pid" -o "$data" 2>"$data.log" &
sleep 2
kill -CONT "$pid"
until grep -q played "$out" 2>/dev/null; do sleep 0.2; done # stopped again after the play
kill -INT $! 2>/dev/null || true; sleep 2
kill -CONT "$pid"; wait "$pid"
events=$(sed -n 's/.* plays of \([0-9]*\) events.*/\1/p' "$out")
perf script -i "$data" -F ip,sym 2>/dev/null | python3 -c "
import sys, collections, subprocess
callers = collections.Counter(); frame = 0
for line in sys.stdin:
    line = line.strip()
    if not line: frame = 0; continue
    frame += 1
    if frame == 2: callers[line.split(None, 1)[-1]] += 1
total = sum(callers.values()); events = int(sys.argv[1])
names = [k for k, _ in callers.most_common(25)]
shown = subprocess.run(['swift', 'demangle', '--simplified'], input='\n'.join(names), capture_output=True, text=True).stdout.split('\n')
print(f'{events} events, {total / events:.1f} reference-counting calls per event (perf may drop some under load: see its warnings)')
for (name, n), text in zip(callers.most_common(25), shown): print(f'{n / events:7.2f}  {text[:140]}')
" "$events"
grep -h -i lost "$data.log" || echo "perf lost nothing"
rm -f "$data" "$data.log" "$out"
