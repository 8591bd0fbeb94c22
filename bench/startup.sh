#!/usr/bin/env bash
# Measures what issue 2 asks: seconds from the README's run command to the first HTTP 200 on /login, and the
# resident memory of the application JVM (and of the embedded PostgreSQL) once started.
# Runs twice: a first start on an empty data directory (initdb, migrations, demo county) and a restart on it.
# Usage: bench/startup.sh [runs-per-kind]   (needs a warm Maven cache and compiled classes: ./mvnw -q compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
data=$(mktemp -d /tmp/fazhi-bench.XXXXXX)
trap 'pkill -f "fazhi-bench" >/dev/null 2>&1 || true; rm -rf "$data"' EXIT

measure() {
  local label=$1
  local start end pid rss pg
  start=$(date +%s.%N)
  FAZHI_DATA_DIR="$data" PORT=$port ./mvnw -q -B -ntp spring-boot:run \
      -Dspring-boot.run.arguments="--spring.application.name=fazhi-bench" > "$data/run.log" 2>&1 &
  local runner=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login)" = "200" ]; do
    if ! kill -0 "$runner" 2>/dev/null; then
      echo "Fazhi did not start; see the log:" >&2
      tail -40 "$data/run.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  sleep 3
  pid=$(pgrep -f "org.fazhi.FazhiApplication" | head -1)
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status)
  # PSS, not RSS: PostgreSQL's processes share their buffers, and RSS would count them once per process.
  pg=$(for p in $(pgrep -x postgres); do awk '/^Pss:/ {print $2}' /proc/"$p"/smaps_rollup 2>/dev/null; done \
       | awk '{s+=$1} END {print int(s/1024)}')
  printf "%-8s %6.1f s   JVM RSS %4d MiB   PostgreSQL PSS (all processes) %4d MiB\n" \
      "$label" "$(echo "$end - $start" | bc)" "$rss" "$pg"
  kill "$pid"
  while pgrep -f "org.fazhi.FazhiApplication" >/dev/null; do sleep 0.2; done
  while pgrep -f "$data/postgres" >/dev/null; do sleep 0.2; done
}

for i in $(seq 1 "$runs"); do
  rm -rf "${data:?}"/*
  measure "first"
  measure "restart"
done
