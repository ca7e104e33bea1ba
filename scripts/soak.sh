#!/usr/bin/env bash
# kill -9 soak of the warehouse's promises (issue 14). Two generated corpora, A and B, are extracted once each into
# reference warehouses; then RUNS overwrite runs alternate between them on one warehouse, each killed with SIGKILL at a
# random moment of its run (or left to finish when the moment comes after its end). Between runs a reader
# (`gongkai verify`) reads the published snapshot and its fingerprints must equal A's or B's, whole: never a mix,
# never unreadable. A last run, not killed, must leave nothing of the killed ones behind.
#
#   scripts/soak.sh [--runs 20] [--reports 300] [--seed 11] [--work DIR] [--keep]
#
# Prints one line per run and a closing line `soak: N runs, K killed, states A=a B=b, 0 not whole`; exits 1 if any
# state observed was not one whole run or anything was left behind.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=20
reports=300
seed=11
work=""
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --reports) reports="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "soak: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$work" ]]; then
  work="$(mktemp -d -t gongkai-soak.XXXXXX)"
fi
mkdir -p "$work"
if [[ "$keep" != true ]]; then
  trap 'rm -rf "$work"' EXIT
fi

gk() { jobs/gongkai "$@"; }
fingerprint() { gk verify --warehouse "$1" --master 'local[2]' 2>/dev/null | grep -v '^snapshot '; }

echo "soak: work directory $work"
for corpus in A B; do
  [[ "$corpus" == B ]] && s=$((seed + 1)) || s=$seed
  gk synth --reports "$reports" --seed "$s" --out "$work/corpus-$corpus" >/dev/null
done
declare -A reference
for corpus in A B; do
  start_ms=$(date +%s%3N)
  gk extract --input "$work/corpus-$corpus/reports" --output "$work/reference-$corpus" --master 'local[2]' \
    >/dev/null 2>&1
  duration_ms=$(($(date +%s%3N) - start_ms))
  reference[$corpus]="$(fingerprint "$work/reference-$corpus")"
  echo "soak: reference $corpus extracted in $((duration_ms / 1000)) s (JVM start included)"
done
if [[ "${reference[A]}" == "${reference[B]}" ]]; then
  echo "soak: the two corpora give the same warehouse; cannot tell runs apart" >&2
  exit 1
fi

w="$work/warehouse"
gk extract --input "$work/corpus-A/reports" --output "$w" --master 'local[2]' >/dev/null 2>&1
killed=0
finished=0
seen_a=0
seen_b=0
broken=0
for ((i = 1; i <= runs; i++)); do
  if ((i % 2 == 1)); then corpus=B; else corpus=A; fi
  # A moment anywhere in a whole run, JVM start included, up to 10 % past its usual end.
  limit_ms=$((duration_ms * 11 / 10))
  delay_ms=$((RANDOM * 32768 + RANDOM))
  delay_ms=$((delay_ms % limit_ms))
  jobs/gongkai extract --input "$work/corpus-$corpus/reports" --output "$w" --master 'local[2]' \
    >"$work/run-$i.log" 2>&1 &
  pid=$!
  sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    outcome="killed at $((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000))) s"
    killed=$((killed + 1))
  else
    wait "$pid" && code=0 || code=$?
    outcome="finished before its kill (exit $code)"
    finished=$((finished + 1))
  fi
  state="$(fingerprint "$w")" || true
  if [[ "$state" == "${reference[A]}" ]]; then
    seen="A"; seen_a=$((seen_a + 1))
  elif [[ "$state" == "${reference[B]}" ]]; then
    seen="B"; seen_b=$((seen_b + 1))
  else
    seen="NOT WHOLE"; broken=$((broken + 1))
    echo "$state" >"$work/state-$i.txt"
  fi
  printf 'soak: run %2d on %s %-40s reader sees %s\n' "$i" "$corpus" "$outcome" "$seen"
done

gk extract --input "$work/corpus-A/reports" --output "$w" --master 'local[2]' >"$work/final.log" 2>&1
left="$(cd "$w" && ls -A | tr '\n' ' ')"
snapshots="$(ls "$w/snapshots" | wc -l)"
final="$(fingerprint "$w")"
status=0
if [[ "$left" != "CURRENT _run.json snapshots " || "$snapshots" -gt 2 || "$final" != "${reference[A]}" ]]; then
  echo "soak: the last run left: $left ($snapshots snapshots)" >&2
  status=1
fi
if ((broken > 0)); then
  status=1
fi
echo "soak: final run: $(grep -c '^Warning' "$work/final.log" || true) warnings; warehouse holds: $left($snapshots snapshots)"
echo "soak: $runs runs, $killed killed, $finished finished, states A=$seen_a B=$seen_b, $broken not whole"
exit $status
