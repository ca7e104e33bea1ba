#!/usr/bin/env bash
# The app jar on a real standalone Spark cluster (issue 18): one master and two workers started from the project's
# Maven-resolved Spark jars, on 127.0.0.1 only, with ports Spark picks free. Runs `extract` on the samples plus a few
# hundred synthetic reports in client mode, in cluster deploy mode, and in client mode again with one worker killed
# (SIGKILL, by pid) while the parse runs; each warehouse must hold the same rows, dataset by dataset, as a local[2]
# run of the same input (`gongkai verify --same-as`). Cluster deploy mode is judged by the master's JSON
# (/json/: the driver's state), since spark-submit exits 0 there even when the driver fails. Stops everything it
# started on exit, also on failure. Last line: `cluster: N passed, N failed`; exit status 1 when one failed.
#
# Environment: CLUSTER_TEST_REPORTS (synthetic reports, default 200), CLUSTER_TEST_DIR (scratch, default
# target/cluster-test), MVN_FLAGS (e.g. -o), CLUSTER_TEST_SABOTAGE=1 deletes one Parquet file of the client-mode
# warehouse before it is compared, to show that a difference fails the test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
scratch=${CLUSTER_TEST_DIR:-$root/target/cluster-test}
reports=${CLUSTER_TEST_REPORTS:-200}
export SPARK_LOCAL_IP=127.0.0.1

passed=0
failed=0
pids=()
started=$SECONDS

log() { echo "cluster-test: $*" >&2; }
pass() { passed=$((passed + 1)); log "PASS $*"; }
fail() { failed=$((failed + 1)); log "FAIL $*"; }

# Every JVM this script starts is recorded by the pid of the java process itself (not a subshell's). Executors and
# a cluster-mode driver are started by the workers, not by us: they are found by the scratch directory on their
# command line (their classpath and work dir are under it), which no other process has.
stop_all() {
  local rc=$?
  set +e
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null
  done
  local stray
  stray=$(ps -eo pid=,args= | awk -v dir="$scratch/" 'index($0, dir) && $1 != '"$$"' {print $1}')
  for pid in $stray; do
    [[ -d /proc/$pid ]] && grep -qa -- "$scratch/" "/proc/$pid/cmdline" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  done
  if ((rc != 0 && failed == 0)); then
    failed=$((failed + 1))
    log "FAIL the test stopped early (exit status $rc); logs in $scratch/logs"
  fi
  log "$((SECONDS - started)) s in all; logs in $scratch/logs"
  echo "cluster: $passed passed, $failed failed"
  if ((failed > 0)); then
    exit 1
  fi
  exit 0
}
trap stop_all EXIT

command -v curl >/dev/null || { fail "curl is needed to read the master's JSON"; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch"/{spark-home/jars,logs,worker-1,worker-2,local-1,local-2}

# --- build: the app jar, the Spark-only classpath of the daemons and drivers, the local launcher's classpath ---
t=$SECONDS
mvn -B -q ${MVN_FLAGS:-} -Dstyle.color=never -DskipTests package dependency:build-classpath -DincludeScope=compile \
  -DexcludeArtifactIds=hanlp,commons-csv,pdfbox,pdfbox-io,fontbox,commons-logging,jsoup,picocli \
  -Dmdep.outputFile="$scratch/spark-classpath.txt" >"$scratch/logs/build.log" 2>&1
app_jar=$(ls "$root"/target/gongkai-*-app.jar)
spark_cp=$(cat "$scratch/spark-classpath.txt")
read -r -a opens <<<"$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' pom.xml)"
log "built $(basename "$app_jar") in $((SECONDS - t)) s"

t=$SECONDS
corpus="$scratch/synth"
jobs/gongkai synth --reports "$reports" --seed 18 --out "$corpus" >"$scratch/logs/synth.log" 2>&1
inputs=(--input "$root/samples" --input "$corpus/reports" --manifest "$corpus/manifest.csv")
files=$(($(find "$root/samples" "$corpus/reports" -type f | wc -l)))
log "input: $files files (samples + $reports synthetic reports and their consolidated ones), made in $((SECONDS - t)) s"

# --- the local reference ---
# Twenty files a task: enough tasks that a killed worker is sure to hold running ones.
job_args=(extract "${inputs[@]}" --files-per-partition 20)
t=$SECONDS
jobs/gongkai "${job_args[@]}" --progress-interval 5 --output "$scratch/w-local" --master 'local[2]' \
  >"$scratch/logs/local.out" 2>"$scratch/logs/local.err"
log "local[2] run: $((SECONDS - t)) s"

# --- the cluster ---
# A Worker launches executors from SPARK_HOME: it needs a jars/ directory (left empty here: the executors' classpath
# is SPARK_DIST_CLASSPATH, the Maven jars) and SPARK_SCALA_VERSION, or it fails with "Cannot find any build
# directories". Port 0 everywhere: Spark binds a free port and logs it.
java "${opens[@]}" -Dspark.master.rest.enabled=false -cp "$spark_cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 >"$scratch/logs/master.log" 2>&1 &
pids+=($!)
master_url=""
webui=""
for _ in $(seq 120); do
  master_url=$(sed -n 's/.*Starting Spark master at \(spark:[^ ]*\).*/\1/p' "$scratch/logs/master.log" | head -1)
  webui=$(sed -n 's/.*MasterWebUI.*started at \(http:[^ ]*\).*/\1/p' "$scratch/logs/master.log" | head -1)
  [[ -n $master_url && -n $webui ]] && break
  sleep 0.5
done
[[ -n $master_url && -n $webui ]] || { fail "the master did not start (see logs/master.log)"; exit 1; }
webui="http://127.0.0.1:${webui##*:}" # the UI logs the host's name; it is bound to SPARK_LOCAL_IP
log "master $master_url, web UI $webui"

worker_pids=()
start_worker() { # $1: worker number
  SPARK_HOME="$scratch/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_DIST_CLASSPATH="$spark_cp" \
    SPARK_LOCAL_DIRS="$scratch/local-$1" \
    java "${opens[@]}" -cp "$spark_cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 \
    --webui-port 0 --cores 2 --memory 3g --work-dir "$scratch/worker-$1" "$master_url" \
    >"$scratch/logs/worker-$1.log" 2>&1 &
  pids+=($!)
  worker_pids[$1]=$!
}
start_worker 1
start_worker 2
for _ in $(seq 120); do
  alive=$(curl -s "$webui/json/" | tr -d ' \n' | sed -n 's/.*"aliveworkers":\([0-9]*\).*/\1/p')
  ((${alive:-0} >= 2)) && break
  sleep 0.5
done
((${alive:-0} >= 2)) || { fail "the workers did not register (see logs/worker-*.log)"; exit 1; }
log "two workers registered ($((SECONDS - started)) s since start)"

# One single-core executor per worker (the master spreads executors over workers), 1 GB each.
submit=(java "${opens[@]}" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit --master "$master_url"
  --class io.gongkai.cli.Main --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1
  --conf spark.executor.cores=1 --conf spark.cores.max=2 --conf spark.executor.memory=1g)
# Every path is on this machine's disk, which all nodes share here: exactly what --shared-fs says.
cluster_args=("${job_args[@]}" --shared-fs)

# Each run's warehouse is compared with the local one at the end, all in one `verify` (one Spark session, which
# reads the local warehouse once and compares rows one by one only where a dataset's fingerprint differs).
compare_names=()
compare_dirs=()
compare() { # $1: name, $2: warehouse
  compare_names+=("$1")
  compare_dirs+=("$2")
}
compare_all() {
  ((${#compare_dirs[@]})) || return 0
  if [[ ${CLUSTER_TEST_SABOTAGE:-0} == 1 ]]; then
    sabotage "${compare_dirs[0]}"
  fi
  local t0=$SECONDS args=() i
  for i in "${!compare_dirs[@]}"; do args+=(--same-as "${compare_dirs[$i]}"); done
  jobs/gongkai verify --warehouse "$scratch/w-local" "${args[@]}" --master 'local[2]' \
    >"$scratch/logs/verify.out" 2>"$scratch/logs/verify.err" || true
  log "compared ${#compare_dirs[@]} warehouses with the local one in $((SECONDS - t0)) s"
  for i in "${!compare_dirs[@]}"; do
    if grep -qxF "same rows as ${compare_dirs[$i]} in every dataset" "$scratch/logs/verify.out"; then
      pass "${compare_names[$i]}: every dataset has the local run's rows"
    else
      fail "${compare_names[$i]}: differs from the local run: $(grep -E "differs|problem|not whole|Error" \
        "$scratch/logs/verify.out" "$scratch/logs/verify.err" | tr '\n' ' ' | cut -c1-600) (logs/verify.out)"
    fi
  done
}

# For CLUSTER_TEST_SABOTAGE: deletes one Parquet file of the published reports, and with it the rows it holds.
sabotage() {
  local victim
  victim=$(ls "$1/$(cat "$1/CURRENT")/reports/"*.parquet | head -1)
  log "sabotage: deleting $victim"
  rm -f "$victim"
}

# 1. Client mode: the driver here, executors on the workers.
t=$SECONDS
if "${submit[@]}" "$app_jar" "${cluster_args[@]}" --progress-interval 5 --output "$scratch/w-client" \
  >"$scratch/logs/client.out" 2>"$scratch/logs/client.err"; then
  log "client mode: $((SECONDS - t)) s"
  compare client "$scratch/w-client"
else
  fail "client mode: spark-submit exited $? (logs/client.err)"
fi

# 2. Cluster deploy mode: the driver runs on a worker; its exit code reaches only the master.
t=$SECONDS
"${submit[@]}" --deploy-mode cluster --driver-memory 1g --conf spark.standalone.submit.waitAppCompletion=true \
  "$app_jar" "${cluster_args[@]}" --progress-interval 5 --output "$scratch/w-cluster" \
  >"$scratch/logs/cluster.out" 2>"$scratch/logs/cluster.err" || true
driver_state() { # $1: driver id; prints its state in the master's JSON, or nothing
  curl -s "$webui/json/" | tr -d '\n ' | grep -o "\"id\":\"$1\"[^}]*\"state\":\"[A-Z]*\"" \
    | sed 's/.*"state":"\([A-Z]*\)"/\1/' | tail -1
}
driver_of() { cat "$@" | sed -n 's/.*\(driver-[0-9]*-[0-9]*\).*/\1/p' | head -1; }
driver=$(driver_of "$scratch/logs/cluster.out" "$scratch/logs/cluster.err")
state=""
for _ in $(seq 240); do
  state=$(driver_state "$driver")
  [[ $state == FINISHED || $state == FAILED || $state == ERROR || $state == KILLED ]] && break
  sleep 0.5
done
log "cluster deploy mode: driver $driver $state after $((SECONDS - t)) s"
if [[ -n $driver && $state == FINISHED ]]; then
  pass "cluster deploy mode: the master says driver $driver FINISHED"
  compare cluster "$scratch/w-cluster"
else
  fail "cluster deploy mode: driver '${driver}' state '${state}' (logs/cluster.err, $scratch/worker-*/$driver/stderr)"
fi

# 2b. A driver that fails in cluster deploy mode (a bad argument: exit 2) must show as FAILED in the master's JSON,
# whatever spark-submit's exit code says.
t=$SECONDS
submit_rc=0
"${submit[@]}" --deploy-mode cluster --driver-memory 512m --conf spark.standalone.submit.waitAppCompletion=true \
  "$app_jar" extract --mode sideways --output "$scratch/w-never" \
  >"$scratch/logs/cluster-bad.out" 2>"$scratch/logs/cluster-bad.err" || submit_rc=$?
bad=$(driver_of "$scratch/logs/cluster-bad.out" "$scratch/logs/cluster-bad.err")
state=""
for _ in $(seq 120); do
  state=$(driver_state "$bad")
  [[ $state == FINISHED || $state == FAILED || $state == ERROR || $state == KILLED ]] && break
  sleep 0.5
done
if [[ -n $bad && $state == FAILED ]]; then
  pass "cluster deploy mode, bad argument: the master says driver $bad FAILED (spark-submit exited $submit_rc)"
else
  fail "cluster deploy mode, bad argument: driver '$bad' state '$state', spark-submit exited $submit_rc"
fi
log "failing driver judged in $((SECONDS - t)) s"

# 3. Client mode again, worker 1 killed (SIGKILL) once the parse has made progress: its executor goes with it and its
# tasks run again on the other executor. The result must not change.
t=$SECONDS
"${submit[@]}" "$app_jar" "${cluster_args[@]}" --progress-interval 2 --output "$scratch/w-kill" \
  >"$scratch/logs/kill.out" 2>"$scratch/logs/kill.err" &
driver_pid=$!
pids+=($driver_pid)
killed_at=""
for _ in $(seq 600); do
  if grep -qE "^progress: [1-9][0-9]*/[0-9]+ files parsed" "$scratch/logs/kill.err" 2>/dev/null; then
    kill -9 "${worker_pids[1]}"
    killed_at="$(grep -E '^progress: ' "$scratch/logs/kill.err" | tail -1)"
    break
  fi
  kill -0 "$driver_pid" 2>/dev/null || break
  sleep 0.2
done
kill_rc=0
wait "$driver_pid" || kill_rc=$?
done_at=$(sed -n 's/^progress: \([0-9]*\)\/\([0-9]*\) .*/\1 \2/p' <<<"$killed_at")
if [[ -z $killed_at ]]; then
  fail "worker loss: the parse ended before it showed progress; nothing was killed (logs/kill.err)"
elif [[ ${done_at% *} == "${done_at#* }" ]]; then
  fail "worker loss: worker 1 was killed after the parse had ended ('$killed_at'): no parse task was lost"
elif ((kill_rc != 0)); then
  fail "worker loss: spark-submit exited $kill_rc (logs/kill.err)"
else
  # Spark's INFO log names each task that was running on the lost executor; each ran again elsewhere.
  lost=$(grep -c "failed because while it was being computed, its executor exited" "$scratch/logs/kill.err" || true)
  log "worker loss: worker 1 killed at '$killed_at'; run took $((SECONDS - t)) s; $lost running tasks lost"
  log "worker loss: $(grep -E 'wall time' "$scratch/logs/kill.out" | sed 's/^ *//')"
  if ((lost == 0)); then
    fail "worker loss: no running task was lost with the worker, so nothing was retried (logs/kill.err)"
  else
    compare worker-loss "$scratch/w-kill"
  fi
fi

compare_all
