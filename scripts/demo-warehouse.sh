#!/usr/bin/env bash
# Builds the demo warehouse the notebooks run on: the real reports of samples/ plus a synthetic corpus (jobs/gongkai
# synth: bodies at every region level, 2014-2024, all three templates, planted anomalies and copied reports),
# extracted with jobs/gongkai extract. About 4 CPU-minutes (synth 25 s, extract 3.5 min): two to three minutes of
# wall time on a quiet two-core machine.
#
#   scripts/demo-warehouse.sh [--out DIR] [--reports N] [--seed S] [--force]
#
# Default DIR: target/demo-warehouse. A warehouse already built there with the same N and S is kept (the synthetic
# corpus is deterministic per seed), so calling this again is cheap; --force rebuilds it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/demo-warehouse"
reports=2500
seed=17
force=0
while (($#)); do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --reports) reports="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --force) force=1; shift ;;
    -h | --help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo-warehouse: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

stamp="$out/_demo"   # hidden from readers: they follow CURRENT only
want="reports=$reports seed=$seed samples=$(ls "$root/samples" | wc -l) rejects=6"
if [[ $force == 0 && -f "$out/CURRENT" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "demo-warehouse: $out is up to date ($want)"
  exit 0
fi

corpus="$(dirname "$out")/$(basename "$out")-corpus"
start=$SECONDS
rm -rf "$corpus"
"$root/jobs/gongkai" synth --reports "$reports" --seed "$seed" --out "$corpus" >"$corpus.synth.log"
echo "demo-warehouse: synthetic corpus of $(ls "$corpus/reports" | wc -l) files in $((SECONDS - start)) s"
# Files a real crawl also brings, one per reject reason the notebooks show (04-data-quality): synth writes none.
rejects="$corpus/rejects"
mkdir -p "$rejects"
: >"$rejects/empty.txt"                                                          # EMPTY_FILE
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0' >"$rejects/scan.png"  # IMAGE_CONTENT
printf 'PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\xff\xfe\0\x01\x02\x03\0\0\x04\x05' >"$rejects/report.zip"    # BINARY_CONTENT
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj <<' >"$rejects/truncated.pdf"                # PDF_UNREADABLE
printf '<html><head><title></title></head><body><div></div></body></html>' >"$rejects/blank.html"
cp "$root/samples/003_88a498967a8a146f.txt" "$rejects/003-mirror.txt"           # DUPLICATE_CONTENT
# --mode overwrite publishes a new snapshot over whatever this directory held; the samples have no manifest line and
# keep what the parser reads from them.
"$root/jobs/gongkai" extract --input "$root/samples" --input "$corpus/reports" --input "$rejects" --manifest "$corpus/manifest.csv" \
  --output "$out" --mode overwrite >"$out.extract.log" 2>&1 || { tail -30 "$out.extract.log" >&2; exit 1; }
echo "$want" >"$stamp"
echo "demo-warehouse: $out ($(cat "$out/CURRENT")) in $((SECONDS - start)) s; extract log $out.extract.log"
