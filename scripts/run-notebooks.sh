#!/usr/bin/env bash
# Executes every notebooks/*.ipynb headlessly (jupyter nbconvert --execute, Debian's /usr/bin/python3 kernel) against
# a warehouse; a cell that raises (an assert on a figure included) fails its notebook. Executed copies, with their
# outputs and charts, go to target/notebooks/executed/, the charts also as PNG to target/notebooks/figures/.
# Prints "notebooks: N passed, N failed" last and exits non-zero when any notebook failed.
#
#   scripts/run-notebooks.sh [NOTEBOOK.ipynb...]
#
# GONGKAI_WAREHOUSE: the warehouse to read; default: the demo warehouse, built first when missing
# (scripts/demo-warehouse.sh). Installs what is missing first (scripts/notebooks-install.sh).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Debian's Jupyter and kernel: another python3 earlier on PATH (pyenv) has neither.
export PATH="/usr/bin:$PATH"
# PYDEVD_...: ipykernel 6 warns on every start that Python 3.11 freezes modules its debugger would validate.
export LANG=C.UTF-8 MPLBACKEND=agg PYDEVD_DISABLE_FILE_VALIDATION=1

"$root/scripts/notebooks-install.sh" || { echo "notebooks: 0 passed, 1 failed (install)"; exit 1; }
if [[ -z "${GONGKAI_WAREHOUSE:-}" ]]; then
  "$root/scripts/demo-warehouse.sh" || { echo "notebooks: 0 passed, 1 failed (demo warehouse)"; exit 1; }
  export GONGKAI_WAREHOUSE="$root/target/demo-warehouse"
fi

# The helper's own tests first (which snapshot it reads, NULL kept apart from 0): every notebook rests on it.
if ! (cd "$root/notebooks" && python3 -m unittest -q test_gongkai_warehouse 2>&1 | tail -3); then
  echo "notebooks: 0 passed, 1 failed (gongkai_warehouse tests)"
  exit 1
fi

out="$root/target/notebooks/executed"
export GONGKAI_FIGURES="$root/target/notebooks/figures"
mkdir -p "$out" "$GONGKAI_FIGURES"
if (($#)); then notebooks=("$@"); else notebooks=("$root"/notebooks/*.ipynb); fi
# Prints the first cell error of an executed notebook and fails when there is one.
cell_errors() {
  python3 - "$1" <<'PY'
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
errors = [(i, o) for i, c in enumerate(nb.cells) if c.cell_type == "code"
          for o in c.get("outputs", []) if o.output_type == "error"]
for i, o in errors[:1]:
    print("\n".join(o.traceback[-2:]))
    print(f"first error in cell {i} of {len(nb.cells)}: {o.ename}: {o.evalue}")
sys.exit(1 if errors else 0)
PY
}

pass=0
fail=0
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb" .ipynb)"
  start=$SECONDS
  rm -f "$out/$name.ipynb"
  # The kernel starts in the notebook's directory, where it imports gongkai_warehouse. --allow-errors writes the
  # executed copy even when a cell raises, so that a reader sees where; the cells' errors are then counted in it.
  if jupyter nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.timeout=600 \
      --ExecutePreprocessor.kernel_name=python3 --output-dir "$out" "$nb" >"$out/$name.log" 2>&1 \
    && cell_errors "$out/$name.ipynb" >>"$out/$name.log"; then
    pass=$((pass + 1))
    echo "PASS $name ($((SECONDS - start)) s)"
  else
    fail=$((fail + 1))
    echo "FAIL $name ($((SECONDS - start)) s): $out/$name.ipynb, log $out/$name.log"
    # The first error's last lines, without the terminal colours IPython adds.
    sed 's/\x1b\[[0-9;]*m//g' "$out/$name.log" | grep -v '^\s*$' | tail -12 | sed 's/^/    /'
  fi
done
echo "notebooks: $pass passed, $fail failed"
((fail == 0))
