#!/usr/bin/env bash
# The analyst's one command: installs what is missing (Debian Jupyter Notebook, pandas, matplotlib, the CJK font, the
# DuckDB JDBC driver), builds the demo warehouse when no warehouse is given, and starts Jupyter Notebook on notebooks/.
#
#   scripts/notebooks.sh [WAREHOUSE] [JUPYTER OPTION...]      e.g. scripts/notebooks.sh /data/gongkai/warehouse --port 8890
#
# WAREHOUSE (or GONGKAI_WAREHOUSE): a warehouse directory, the output of jobs/gongkai extract; without one the demo
# warehouse target/demo-warehouse is built (scripts/demo-warehouse.sh, about two minutes the first time).
# Jupyter runs in the foreground: Ctrl-C twice (or "Quit" in the page) stops it and its kernels.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/usr/bin:$PATH"   # Debian's Jupyter and python3, not another python3 earlier on PATH

warehouse="${GONGKAI_WAREHOUSE:-}"
if (($#)) && [[ "$1" != -* ]]; then warehouse="$1"; shift; fi

WITH_UI=1 "$root/scripts/notebooks-install.sh"
if [[ -z "$warehouse" ]]; then
  "$root/scripts/demo-warehouse.sh"
  warehouse="$root/target/demo-warehouse"
fi
[[ -f "$warehouse/CURRENT" || -d "$warehouse/reports" ]] \
  || { echo "notebooks: $warehouse is not a warehouse (no CURRENT file)" >&2; exit 2; }
export GONGKAI_WAREHOUSE="$(cd "$warehouse" && pwd)"
echo "notebooks: GONGKAI_WAREHOUSE=$GONGKAI_WAREHOUSE"

args=(--notebook-dir="$root/notebooks")
if [[ "$(id -u)" -eq 0 ]]; then args+=(--allow-root); fi
exec jupyter notebook "${args[@]}" "$@"
