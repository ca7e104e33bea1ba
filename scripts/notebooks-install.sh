#!/usr/bin/env bash
# Installs what the analyst notebooks (notebooks/*.ipynb) need, from Debian packages and Maven Central only (no
# PyPI: CI reaches neither it nor any other Python index). Idempotent: apt runs only when a package is missing, and
# the DuckDB JDBC jar is copied from the local Maven repository once it has been downloaded.
#
#   scripts/notebooks-install.sh          what executing the notebooks needs (CI)
#   WITH_UI=1 scripts/notebooks-install.sh   also the Jupyter Notebook web UI (scripts/notebooks.sh)
#
# Parquet is read through DuckDB: the Python module `duckdb` when /usr/bin/python3 has it (an analyst's own
# machine), else DuckDB's JDBC driver through JPype; the jar goes to target/notebooks/lib/ (GONGKAI_DUCKDB_JAR_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# nbconvert + nbclient execute notebooks headlessly; ipykernel is the python3 kernel of /usr/bin/python3; jpype
# bridges to the JDBC driver; the WenQuanYi font draws Chinese chart labels (without it they are boxes).
pkgs=(jupyter-nbconvert python3-nbclient python3-ipykernel python3-pandas python3-matplotlib python3-jpype
      fonts-wqy-microhei)
if [[ "${WITH_UI:-0}" == 1 ]]; then pkgs+=(jupyter-notebook); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "notebooks-install: apt-get install ${missing[*]}" >&2
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The JDBC driver is needed only where Python has no native duckdb module (GONGKAI_DUCKDB=jdbc forces it).
if [[ "${GONGKAI_DUCKDB:-}" == jdbc ]] || ! /usr/bin/python3 -c 'import duckdb' 2>/dev/null; then
  lib="${GONGKAI_DUCKDB_JAR_DIR:-$root/target/notebooks/lib}"
  if ! compgen -G "$lib/duckdb_jdbc-*.jar" >/dev/null; then
    # notebooks/pom.xml pins the version; dependency:copy takes it from ~/.m2 or Maven Central.
    mvn -B -q -Dstyle.color=never -f "$root/notebooks/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib" ${MVN_ARGS:-}
  fi
fi
