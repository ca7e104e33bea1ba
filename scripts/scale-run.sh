#!/usr/bin/env bash
# One extract at scale with the heap fixed (issue 19, item 3): generate N synthetic reports as a packed corpus only
# (`synth --packed-only`: no report or truth files, which at a million reports would not fit on the disk), or reuse
# a corpus generated before, run `gongkai extract` on the packed corpus under /usr/bin/time with -Xmx set,
# and print what a capacity estimate needs: wall time and reports per second of each step, the JVM's peak resident
# set, the rollup stage's share, and the warehouse's size per dataset.
#
#   scripts/scale-run.sh --reports N [--seed 5] [--heap 3g] [--master 'local[2]'] [--work DIR] [--corpus DIR] [--keep]
#
# --corpus DIR reuses the output of `gongkai synth --packed` or `--packed-only` (DIR/packed/corpus.parquet).
# Without --keep the generated corpus and the warehouse are deleted at the end (not a corpus given with --corpus).
# Prints `key value` lines, the last one `scale-run: done`; the extract's own output goes to WORK/extract.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

reports=""
seed=5
heap=3g
master='local[2]'
work=""
corpus=""
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) reports="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --master) master="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "scale-run: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$reports" && -z "$corpus" ]]; then
  echo "scale-run: give --reports N (generate a corpus) or --corpus DIR (reuse one)" >&2
  exit 2
fi
if [[ -n "$corpus" && ! -e "$corpus/packed/corpus.parquet" ]]; then
  echo "scale-run: $corpus/packed/corpus.parquet does not exist; generate it with gongkai synth --packed" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "scale-run: /usr/bin/time is missing (Debian: apt-get install time); it measures the peak resident set" >&2
  exit 2
fi
if [[ -z "$work" ]]; then
  work="$(mktemp -d -t gongkai-scale.XXXXXX)"
fi
mkdir -p "$work"
if [[ -e "$work/warehouse" ]]; then
  echo "scale-run: $work/warehouse already exists" >&2
  exit 2
fi
corpus_given="$corpus"
if [[ "$keep" != true ]]; then
  # The corpus is deleted only when this run generated it.
  trap 'rm -rf "$work/warehouse"; if [[ -z "$corpus_given" ]]; then rm -rf "$work/corpus"; fi' EXIT
fi

seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

echo "work $work"
echo "heap $heap"
echo "master $master"
echo "cores $(nproc)"
echo "loadavg_before $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -z "$corpus" ]]; then
  corpus="$work/corpus"
  start=$(date +%s%3N)
  jobs/gongkai synth --reports "$reports" --seed "$seed" --packed-only --out "$corpus" > "$work/synth.log" 2>&1
  end=$(date +%s%3N)
  echo "synth_wall_s $(seconds "$start" "$end")"
fi
echo "corpus $corpus"
echo "packed_bytes $(du -sb "$corpus/packed/corpus.parquet" | cut -f1)"

start=$(date +%s%3N)
GONGKAI_JAVA_OPTS="-Xmx$heap ${GONGKAI_JAVA_OPTS:-}" /usr/bin/time -v -o "$work/extract.time" \
  jobs/gongkai extract --input "$corpus/packed/corpus.parquet" --input-format parquet --output "$work/warehouse" \
  --master "$master" > "$work/extract.log" 2>&1
end=$(date +%s%3N)
files=$(sed -n 's/^  files read *\([0-9]*\).*/\1/p' "$work/extract.log")
echo "extract_wall_s $(seconds "$start" "$end")"
echo "files_read $files"
awk -v n="$files" -v a="$start" -v b="$end" 'BEGIN { printf "extract_rps %.1f\n", n / ((b - a) / 1000) }'
echo "peak_rss_mb $(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/extract.time")"
grep -E '^  (rollups|wall time|published|rejected|parsed) ' "$work/extract.log" | sed 's/^  /extract_/; s/  */ /g'
echo "loadavg_after $(cut -d' ' -f1-3 /proc/loadavg)"
snapshot="$work/warehouse/$(cat "$work/warehouse/CURRENT")"
for dataset in "$snapshot"/*/; do
  echo "dataset_bytes $(basename "$dataset") $(du -sb "$dataset" | cut -f1)"
done
echo "warehouse_bytes $(du -sb "$work/warehouse" | cut -f1)"
echo "scale-run: done"
