#!/usr/bin/env bash
# Regenerates docs/datasets.md from the schema registry (io.gongkai.jobs.Datasets). DatasetsDocTest fails until the
# committed file matches the registry; review the diff and commit it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/jobs/gongkai" --version >/dev/null   # builds target/classes and target/classpath.txt when needed
java -cp "$root/target/classes:$(cat "$root/target/classpath.txt")" io.gongkai.jobs.DatasetsDoc >"$root/docs/datasets.md"
echo "wrote docs/datasets.md"
