#!/usr/bin/env bash
# What one request costs a running service and its database (issue 28): the request sent with wrk at
# 8 connections, first BENCH_WARM_S seconds (20) to warm, then BENCH_RUNS runs (3) of BENCH_RUN_S
# seconds (15); per run the rate, p50 and p99, and the CPU per request of PostgreSQL (every postgres
# process) and of the service (the java process of quarkus-run.jar), from /proc.
#
#   bench/per_verzoek.sh URL TOKEN [ACCEPT]
#
# The service runs as bench/run.sh starts it (java -Xmx1g -jar target/quarkus-app/quarkus-run.jar with
# the bench settings) on a loaded database; TOKEN from docker/dev-token/token.sh, e.g.
#   bench/per_verzoek.sh "http://127.0.0.1:8089/v1/verwijzingen?pageSize=20&status=verzonden" \
#     "$(docker/dev-token/token.sh partner 10000000-0001-4000-8000-000000000000)"
# Used for the tables of docs/performance.md from 2026-12-07 on (issue 28). Needs wrk.
set -euo pipefail
url=$1; token=$2; accept=${3:-application/json}
warm_s=${BENCH_WARM_S:-20}; runs=${BENCH_RUNS:-3}; run_s=${BENCH_RUN_S:-15}
. "$(dirname "$0")/cpu.sh"
dienst=$(pgrep -f quarkus-run.jar | head -1)
verzoek() { wrk -t2 -c8 -d"${1}s" --latency -H "Authorization: Bearer $token" -H "Accept: $accept" -H "X-Gemeente: GM0988" "$url"; }
verzoek "$warm_s" >/dev/null
uit=$(mktemp); trap 'rm -f "$uit"' EXIT
for _ in $(seq "$runs"); do
  cpu_rond "$dienst" verzoek "$run_s" >"$uit"
  n=$(wrk_verzoeken "$uit")
  echo "$url: $(wrk_tempo "$uit") req/s, p50 $(awk '$1 == "50%" {print $2}' "$uit"), p99 $(awk '$1 == "99%" {print $2}' "$uit"), non-2xx $(awk 'BEGIN {n = 0} /Non-2xx/ {n = $NF} END {print n}' "$uit"), PostgreSQL $(ms_per_verzoek "$cpu_pg" "$n") ms/req, service $(ms_per_verzoek "$cpu_dienst" "$n") ms/req"
done
