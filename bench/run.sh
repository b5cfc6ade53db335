#!/usr/bin/env bash
# The benchmark (issue 13): loads a region into a fresh database the service migrated, starts the
# packaged service on it and drives it with Gatling at fixed arrival rates (open model), one
# scenario at a time. Usage:
#   bench/run.sh [klein|volledig] [SCENARIO ...]
# klein is a hundredth of the full volume (the CI smoke run); volledig is the city-and-region scale
# of bench/README.md. Results: bench/target/rapport-<volume>.md and Gatling's HTML reports in
# bench/target/gatling/. Talks only to 127.0.0.1; needs the local PostgreSQL (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."

volume=${1:-klein}
shift || true
case "$volume" in
  klein) schaal=0.01 ; tarief=${BENCH_TARIEF:-20} ; duur=${BENCH_DUUR:-5} ;;
  volledig) schaal=1.0 ; tarief=${BENCH_TARIEF:-100} ; duur=${BENCH_DUUR:-60} ;;
  *) echo "usage: $0 [klein|volledig] [SCENARIO ...]" >&2; exit 2 ;;
esac
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
  scenarios=(openZaken openZakenFilter export tijdlijn partnerLijst dienstenZoeken nieuweHulpvraag signaal)
fi

db="vraagwijzer_bench_${volume}"
poort=${BENCH_POORT:-8089}
gelijktijdig=${BENCH_GELIJKTIJDIG:-8}
uit=bench/target
mkdir -p "$uit"
dienstlog="$uit/dienst-${volume}.log"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q -f bench/pom.xml test-compile

sleutel=$(sed -n 's/^%dev.quarkus.oidc.public-key=//p' src/main/resources/application.properties)
dienst_pid=""
stop_dienst() {
  if [ -n "$dienst_pid" ] && kill -0 "$dienst_pid" 2>/dev/null; then
    kill "$dienst_pid"; wait "$dienst_pid" 2>/dev/null || true
  fi
  dienst_pid=""
}
trap stop_dienst EXIT

start_dienst() {
  local begin; begin=$(date +%s%N)
  java -Xmx1g -Dquarkus.http.port="$poort" "$@" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dquarkus.flyway.username=postgres -Dquarkus.flyway.password=trust \
    -Dquarkus.datasource.password=trust -Dvraagwijzer.pseudoniem-sleutel=bench \
    -Dquarkus.oidc.public-key="$sleutel" -Dquarkus.oidc.token.issuer=vraagwijzer-dev \
    -Dvraagwijzer.gemeenten.GM0505.naam=Dordrecht -Dvraagwijzer.gemeenten.GM0988.naam=Weert \
    -Dvraagwijzer.gemeenten.GM1640.naam=Leudal -Dvraagwijzer.gemeenten.GM0946.naam=Nederweert \
    -Dvraagwijzer.limieten.exports-per-minuut=100000 -Dvraagwijzer.limieten.bsn-zoeken-per-minuut=100000 \
    -Dquarkus.log.level=WARN \
    -jar target/quarkus-app/quarkus-run.jar >"$dienstlog" 2>&1 &
  dienst_pid=$!
  local token; token=$(docker/dev-token/token.sh beheerder)
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$poort/v1/gemeenten"; then
      opstart_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
      return
    fi
    kill -0 "$dienst_pid" 2>/dev/null || { cat "$dienstlog" >&2; exit 1; }
    sleep 0.1
  done
  echo "the service did not answer within 60 s" >&2; exit 1
}

echo "== database $db (volume $volume)"
if [ "${BENCH_HERGEBRUIK:-}" = 1 ] && psql -h 127.0.0.1 -U postgres -d "$db" -qAtc "select 1 from hulpvraag limit 1" >/dev/null 2>&1; then
  # BENCH_HERGEBRUIK=1: measure again on the database an earlier run loaded (it is migrated by the
  # service's start below if the migrations changed); the report then names no load time
  laden="Reused the database an earlier run loaded"
else
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
  createdb -h 127.0.0.1 -U postgres "$db"
  start_dienst   # migrates
  stop_dienst
  laden_begin=$(date +%s)
  ./mvnw -B -ntp -q -f bench/pom.xml exec:java \
    -Dexec.args="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres --schaal $schaal"
  laden="Loaded in $(( $(date +%s) - laden_begin )) s"
fi

export BENCH_BASIS="http://127.0.0.1:$poort"
export BENCH_TEAMLEIDER; BENCH_TEAMLEIDER=$(docker/dev-token/token.sh teamleider "" team-1 GM0988)
export BENCH_BALIE; BENCH_BALIE=$(docker/dev-token/token.sh baliemedewerker "" team-1 GM0988)
export BENCH_PARTNER; BENCH_PARTNER=$(docker/dev-token/token.sh partner 10000000-0001-4000-8000-000000000000)
export BENCH_INWONERS; BENCH_INWONERS=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "select string_agg(id::text, ',') from (select id from inwoner where gemeente = 'GM0988' order by id limit 200) i")
eerste_inwoner=${BENCH_INWONERS%%,*}

# The SQL the service issues per read scenario, from the server's own log: log_statement = 'all'
# on this benchmark database only, while one request of each runs (the second, after the first
# warmed the pool), then off again before anything is measured.
pglog=$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)
if [ -n "$pglog" ] && [ -r "$pglog" ]; then
  echo "== capturing the SQL of each read scenario"
  psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_statement = 'all'"
  # no background jobs while capturing: only the request's own statements reach the log
  start_dienst -Dquarkus.scheduler.enabled=false
  while IFS=$'\t' read -r naam token pad accept; do
    case "$naam" in ''|'#'*) continue ;; esac
    tokenwaarde=$(eval echo "\$BENCH_$token")
    url="$BENCH_BASIS${pad//\{inwoner\}/$eerste_inwoner}"
    curl -sf -o /dev/null -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url"
    sleep 0.5
    offset=$(stat -c %s "$pglog")
    curl -sf -o /dev/null -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url"
    sleep 0.5
    python3 bench/sql_vangen.py "$pglog" "$offset" "$db" "$uit/sql-$naam.sql"
  done < bench/lezen.tsv
  stop_dienst
  psql -h 127.0.0.1 -U postgres -qc "alter database $db reset log_statement"
else
  echo "(the PostgreSQL log is not readable here: no pgbench comparison)"
fi

echo "== service"
start_dienst
echo "first answered request ${opstart_ms} ms after java -jar"

rapport="$uit/rapport-${volume}.md"
{
  echo "# Benchmark, volume $volume ($(date -u +%Y-%m-%d))"
  echo
  echo "${laden}; first answered request ${opstart_ms} ms after \`java -jar\`."
  echo "Each scenario alone at ${tarief} requests/s for ${duur} s (open model, Gatling constantUsersPerSec)."
  echo
  echo "Throughput at ${gelijktijdig} concurrent clients: the API in a closed model (Gatling"
  echo "constantConcurrentUsers) and pgbench replaying exactly the SQL the service issued for that"
  echo "request (captured from the server log), as the service's role, on the same data."
  echo
  echo "| scenario | rate/s | requests | errors | p50 ms | p95 ms | p99 ms | max ms | API req/s @${gelijktijdig} | pgbench tx/s @${gelijktijdig} | API/pgbench |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} >"$rapport"
gatling() { # scenario rate seconds log
  ./mvnw -B -ntp -q -f bench/pom.xml gatling:test -Dgatling.simulationClass=nl.vraagwijzer.bench.Vraagwijzer \
    -Dgatling.runDescription="$1" -Dscenario="$1" -Dtarief="$2" -Dduur="$3" -Dlezen="$PWD/bench/lezen.tsv" >"$4" 2>&1 \
    || echo "(Gatling reported errors for $1; see $4)"
}
for scenario in "${scenarios[@]}"; do
  echo "== $scenario: warm-up, then $tarief/s for $duur s"
  gatling "$scenario" 5 5 "$uit/gatling-$scenario-opwarmen.log"
  gatling "$scenario" "$tarief" "$duur" "$uit/gatling-$scenario.log"
  api_rps="" ; pg_tps=""
  if [ -f "$uit/sql-$scenario.sql" ]; then
    ./mvnw -B -ntp -q -f bench/pom.xml gatling:test -Dgatling.simulationClass=nl.vraagwijzer.bench.Vraagwijzer \
      -Dscenario="$scenario" -Dgelijktijdig="$gelijktijdig" -Dduur="$duur" -Dlezen="$PWD/bench/lezen.tsv" \
      >"$uit/gatling-$scenario-gesloten.log" 2>&1 || true
    api_rps=$(sed -n 's/.*mean throughput (rps) *| *\([0-9.,]*\).*/\1/p' "$uit/gatling-$scenario-gesloten.log" | tail -1 | tr -d ',')
    pg_tps=$(pgbench -h 127.0.0.1 -U vraagwijzer_app -n -M prepared -c "$gelijktijdig" -j 2 -T "$duur" \
      -f "$uit/sql-$scenario.sql" "$db" 2>"$uit/pgbench-$scenario.err" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -1 || true)
  fi
  python3 - "$uit/gatling-$scenario.log" "$scenario" "$tarief" "$api_rps" "$pg_tps" >>"$rapport" <<'PY'
import re, sys
tekst = open(sys.argv[1]).read()
tekst = tekst[tekst.rfind("Global Information"):]
def waarde(label, kolom=0):
    m = re.search(r"> " + re.escape(label) + r"\s.*?\|\s*([\d,-]+)\s*\|\s*([\d,-]+)\s*\|\s*([\d,-]+)", tekst)
    return m.group(kolom + 1).replace(",", "") if m else "?"
ko = waarde("request count", 2)
api, pg = sys.argv[4], sys.argv[5]
aandeel = f"{float(api) / float(pg):.0%}" if api and pg and float(pg) > 0 else "—"
print(f"| {sys.argv[2]} | {sys.argv[3]} | {waarde('request count')} | {0 if ko == '-' else ko} | "
      f"{waarde('response time 50th percentile (ms)')} | {waarde('response time 95th percentile (ms)')} | "
      f"{waarde('response time 99th percentile (ms)')} | {waarde('max response time (ms)')} | "
      f"{api or '—'} | {f'{float(pg):.0f}' if pg else '—'} | {aandeel} |")
PY
done
rss_kb=$(ps -o rss= -p "$dienst_pid" | tr -d ' ')
{
  echo
  echo "RSS of the service after the run: $(( rss_kb / 1024 )) MB."
} >>"$rapport"
cat "$rapport"
