#!/usr/bin/env bash
# The benchmark (issue 13): loads a region into a fresh database the service migrated, starts the
# packaged service on it and drives it with Gatling at fixed arrival rates (open model), one
# scenario at a time. Usage:
#   bench/run.sh [klein|tiende|volledig] [SCENARIO ...]
# klein is a hundredth of the full volume (the CI smoke run), tiende a tenth (the 100,000-question
# comparison of the lists); volledig is the city-and-region scale
# of bench/README.md. Results: bench/target/rapport-<volume>.md and Gatling's HTML reports in
# bench/target/gatling/. Talks only to 127.0.0.1; needs the local PostgreSQL (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."

volume=${1:-klein}
shift || true
case "$volume" in
  klein) schaal=0.01 ; duur=${BENCH_DUUR:-2} ; stappen=${BENCH_STAPPEN:-"20"} ; stapduur=${BENCH_STAPDUUR:-2} ; opwarmen=${BENCH_OPWARMEN:-1}
    opwarmen_s=${BENCH_OPWARMEN_S:-2} ;;
  tiende) schaal=0.1 ; duur=${BENCH_DUUR:-15} ; stappen=${BENCH_STAPPEN:-"25 50 100 200 400 800"} ; stapduur=${BENCH_STAPDUUR:-8} ;;
  volledig) schaal=1.0 ; duur=${BENCH_DUUR:-15} ; stappen=${BENCH_STAPPEN:-"25 50 100 200 400 800"} ; stapduur=${BENCH_STAPDUUR:-8} ;;
  *) echo "usage: $0 [klein|tiende|volledig] [SCENARIO ...]" >&2; exit 2 ;;
esac
opwarmen_s=${opwarmen_s:-${BENCH_OPWARMEN_S:-60}}
opwarmen_max_s=${BENCH_OPWARMEN_MAX_S:-$([ "$volume" = klein ] && echo 0 || echo 600)}
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
  scenarios=(openZaken openZakenFilter openZakenDiep export tijdlijn partnerLijst partnerLijstCursor gebeurtenissen
    dienstenZoeken dienstenTekst nieuweHulpvraag triage verwijzen statusPartner signaal mix)
fi

db="vraagwijzer_bench_${volume}"
poort=${BENCH_POORT:-8089}
gelijktijdig=${BENCH_GELIJKTIJDIG:-8}
uit=bench/target
mkdir -p "$uit"
dienstlog="$uit/dienst-${volume}.log"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q package -DskipTests
# the simulation's classpath once: each Gatling run below is then a plain JVM (seconds, not a Maven build)
./mvnw -B -ntp -q -f bench/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
gatling_cp="bench/target/test-classes:bench/target/classes:$(cat bench/target/classpath.txt)"
. bench/cpu.sh

sleutel=$(sed -n 's/^%dev.quarkus.oidc.public-key=//p' src/main/resources/application.properties)
dienst_pid=""
stop_dienst() {
  if [ -n "$dienst_pid" ] && kill -0 "$dienst_pid" 2>/dev/null; then
    kill "$dienst_pid"; wait "$dienst_pid" 2>/dev/null || true
  fi
  dienst_pid=""
}
trap stop_dienst EXIT

# The service's memory as its image runs it (docker/Dockerfile.jvm, issue 28): a heap of 128 MB, the
# serial collector, two malloc arenas and what the C library holds free given back every 5 s.
geheugen=(-Xmx"${BENCH_HEAP:-128m}" -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000)
start_dienst() {
  local begin; begin=$(date +%s%N)
  MALLOC_ARENA_MAX=2 "${dienst_java:-java}" "${geheugen[@]}" -Dquarkus.http.port="$poort" "$@" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dquarkus.flyway.username=postgres -Dquarkus.flyway.password=trust \
    -Dquarkus.datasource.password=trust -Dvraagwijzer.pseudoniem-sleutel=bench \
    -Dquarkus.oidc.public-key="$sleutel" -Dquarkus.oidc.token.issuer=vraagwijzer-dev \
    -Dvraagwijzer.gemeenten.GM0505.naam=Dordrecht -Dvraagwijzer.gemeenten.GM0988.naam=Weert \
    -Dvraagwijzer.gemeenten.GM1640.naam=Leudal -Dvraagwijzer.gemeenten.GM0946.naam=Nederweert \
    -Dvraagwijzer.limieten.exports-per-minuut=100000 -Dvraagwijzer.limieten.bsn-zoeken-per-minuut=100000 \
    -Dquarkus.log.level=WARN \
    -jar "${dienst_jar:-target/quarkus-app/quarkus-run.jar}" >"$dienstlog" 2>&1 &
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

# The steering figures' day counts (ADR 0024), as a deployment computes them once a day: a service
# started with the look-out at once computes every ended day on the primary; measured here, then stopped.
vandaag=$(TZ=Europe/Amsterdam date +%F)
if [ "$(psql -h 127.0.0.1 -U postgres -d "$db" -qAtc "select tot from dagcijferstand" 2>/dev/null)" != "$vandaag" ]; then
  echo "== the steering figures' day counts"
  dagcijfers_begin=$(date +%s)
  start_dienst -Dvraagwijzer.cijfers.dagcijfers-vertraging=0s
  for _ in $(seq 1 1800); do
    [ "$(psql -h 127.0.0.1 -U postgres -d "$db" -qAtc "select tot from dagcijferstand")" = "$vandaag" ] && break
    sleep 1
  done
  stop_dienst
  dagcijfers_s=$(( $(date +%s) - dagcijfers_begin ))
  laden+="; the steering figures' day counts stored in ${dagcijfers_s} s ($(psql -h 127.0.0.1 -U postgres -d "$db" \
    -qAtc "select to_char(count(*), 'FM999,999,999') from dagcijfer") rows, the service's start included)"
fi

export BENCH_BASIS="http://127.0.0.1:$poort"
export BENCH_TEAMLEIDER; BENCH_TEAMLEIDER=$(docker/dev-token/token.sh teamleider "" team-1 GM0988)
export BENCH_BALIE; BENCH_BALIE=$(docker/dev-token/token.sh baliemedewerker "" team-1 GM0988)
export BENCH_PROFESSIONAL; BENCH_PROFESSIONAL=$(docker/dev-token/token.sh professional "" team-1 GM0988)
export BENCH_PARTNER; BENCH_PARTNER=$(docker/dev-token/token.sh partner 10000000-0001-4000-8000-000000000000)
export BENCH_RAPPORTAGE; BENCH_RAPPORTAGE=$(docker/dev-token/token.sh rapportage "" "" GM0988,GM0505,GM1640,GM0946)
# the one-owner pairs (bench/eigenaar.tsv): a partner and a team with little open work, one with much
grote_partner=10000000-0001-4000-8000-000000000000 kleine_partner=10000000-0001-4000-8000-000000000003
BENCH_PARTNERKLEIN=$(docker/dev-token/token.sh partner "$kleine_partner")
BENCH_TEAMKLEIN=$(docker/dev-token/token.sh teamleider "" team-1 GM0946)
BENCH_TEAMGROOT=$(docker/dev-token/token.sh teamleider "" team-1 GM0505)
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -Atc "$1"; }
# 200 residents of Weert with at least one question: the first is the timeline's for wrk and pgbench
# (until 2026-12-07 it was the first by id, who had none, so that request measured an empty timeline)
export BENCH_INWONERS; BENCH_INWONERS=$(sql "select string_agg(id::text, ',') from (select id from inwoner i
  where gemeente = 'GM0988' and exists (select 1 from hulpvraag h where h.inwoner_id = i.id) order by id limit 200) i")
open_team() { echo "from hulpvraag where gemeente = '$1' and team = 'team-1' and status <> 'afgesloten'"; } # team-1's open questions in gemeente $1
open_team1=$(open_team GM0988)
export BENCH_HULPVRAGEN; BENCH_HULPVRAGEN=$(sql "select string_agg(id::text, ',') from (select id $open_team1 order by id limit 200) h")
# referrals of team-1 in Weert whose question is open and whose service serves Weert: a professional
# may refer that question to that service again, on the same (valid) consent
export BENCH_VERWIJSBAAR; BENCH_VERWIJSBAAR=$(sql "select string_agg(v.hulpvraag_id || ':' || v.toestemming_id || ':' || v.dienst_id, ',')
  from (select v.* from verwijzing v join hulpvraag h on h.id = v.hulpvraag_id join dienst d on d.id = v.dienst_id
        where h.gemeente = 'GM0988' and h.team = 'team-1' and h.status <> 'afgesloten' and 'GM0988' = any (d.gemeenten)
        order by v.id limit 200) v")
# households of Weert where team-1 holds an open question of a member: team-1's household view
export BENCH_HUISHOUDENS; BENCH_HUISHOUDENS=$(sql "select string_agg(id::text, ',') from (select distinct l.huishouden_id as id
  from huishoudlid l join hulpvraag h on h.inwoner_id = l.inwoner_id
  where h.gemeente = 'GM0988' and h.team = 'team-1' and h.status <> 'afgesloten' and l.tot is null order by 1 limit 200) h")
# a cursor as the service hands it out (Cursor.encode), some 2,000 rows into team-1's open questions
cursor_na() { # sort-key column from-where rows: the cursor after that many rows, as Cursor.encode makes it
  sql "select translate(rtrim(replace(encode(convert_to('$1|'
    || to_char($2 at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id, 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')
    $3 order by $2 desc, id desc offset $4 limit 1"
}
export BENCH_DIEP; BENCH_DIEP=$(cursor_na -aangemaaktOp aangemaakt_op "$open_team1" "least(2000, (select count(*) / 2 $open_team1))")
# the partner's generated referrals (Datagenerator), which the status updates walk
partnerwerk="organisatie_id = '10000000-0001-4000-8000-000000000000' and id::text like '10000000-0007-4000-8000-%'"
export BENCH_PARTNERWERK; BENCH_PARTNERWERK=$(sql "select count(*) from verwijzing where $partnerwerk")
eerste_inwoner=${BENCH_INWONERS%%,*}
teller="$PWD/$uit/statusteller-$volume"
# The status updates walk the partner's generated referrals from verzonden to afgerond (Vraagwijzer.java);
# on the small volume the closed model alone takes a walk to its end, after which every update would
# answer 412. Before anything writes (the capture, the cold starts, the warm-up) and before each
# scenario that updates statuses the walk starts again: its referrals back to verzonden at version 0,
# as loaded, and the counter to zero.
walk_opnieuw() {
  sql "update verwijzing set status = 'verzonden', versie = 0, status_reden = null, verwachte_start = null,
         resultaat = null
       where $partnerwerk and (status <> 'verzonden' or versie <> 0)" >/dev/null
  sql "vacuum (analyze) verwijzing" >/dev/null
  rm -f "$teller"
}
walk_opnieuw
# the read scenarios as concrete requests (name, token, URL, Accept), one fixed request each as
# pgbench replays one captured request: for the SQL capture, the warm-up and wrk's closed model
verzoeken="$uit/verzoeken-$volume.tsv"
while IFS=$'\t' read -r naam token pad accept; do
  case "$naam" in ''|'#'*) continue ;; esac
  pad=${pad//\{inwoner\}/$eerste_inwoner}
  pad=${pad//\{diep\}/$BENCH_DIEP}
  pad=${pad//\{huishouden\}/${BENCH_HUISHOUDENS%%,*}}
  printf '%s\t%s\t%s\t%s\n' "$naam" "$(eval echo "\$BENCH_$token")" \
    "$BENCH_BASIS${pad//\{vanaf\}/$(( BENCH_PARTNERWERK * 5 ))}" "$accept"
done < bench/lezen.tsv >"$verzoeken"
# the one-owner pairs as concrete requests, in the same form, named pair-owner; the owner's open items
# (its sent referrals, or its open questions) in a second file. {diep} is a cursor half-way into them,
# {vanaf} the middle of the partner's event stream.
eigenaar="$uit/eigenaar-$volume.tsv"
: >"$uit/eigenaar-aantal-$volume.tsv"
while IFS=$'\t' read -r paar wie token pad accept; do
  case "$paar" in ''|'#'*) continue ;; esac
  case "$token" in
    PARTNER) org=$grote_partner ;;
    PARTNERKLEIN) org=$kleine_partner ;;
    TEAMKLEIN) org="" werk=$(open_team GM0946) ;;
    TEAMGROOT) org="" werk=$(open_team GM0505) ;;
  esac
  if [ -n "$org" ]; then
    werk="from verwijzing where organisatie_id = '$org' and status = 'verzonden'"
    diep=$(cursor_na -verzondenOp verzonden_op "$werk" "(select count(*) / 2 $werk)")
    pad=${pad//\{vanaf\}/$(sql "select laatste / 2 from gebeurtenisreeks where organisatie_id = '$org'")}
  else
    diep=$(cursor_na -aangemaaktOp aangemaakt_op "$werk" "(select count(*) / 2 $werk)")
  fi
  printf '%s-%s\t%s\t%s\t%s\n' "$paar" "$wie" "$(eval echo "\$BENCH_$token")" "$BENCH_BASIS${pad//\{diep\}/$diep}" "$accept" >>"$eigenaar"
  printf '%s-%s\t%s\n' "$paar" "$wie" "$(sql "select count(*) $werk")" >>"$uit/eigenaar-aantal-$volume.tsv"
done < bench/eigenaar.tsv
gatling() { # log scenario [-Dkey=value ...]
  local log=$1 scenario=$2; shift 2
  java --add-opens java.base/java.lang=ALL-UNNAMED -cp "$gatling_cp" -Dscenario="$scenario" \
    -Dlezen="$PWD/bench/lezen.tsv" -Dstatusteller="$teller" ${opwarmen:+-Dopwarmen=$opwarmen} "$@" io.gatling.app.Gatling \
    --simulation nl.vraagwijzer.bench.Vraagwijzer --results-folder "$uit/gatling" --run-description "$scenario" \
    >"$log" 2>&1 || true
}

# The SQL the service issues per read scenario, from the server's own log: log_statement = 'all'
# on this benchmark database only, while one request of each runs (the second, after the first
# warmed the pool), then off again before anything is measured.
pglog=$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)
if [ -n "$pglog" ] && [ -r "$pglog" ]; then
  echo "== capturing the SQL of each read scenario"
  psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_statement = 'all'"
  # no background jobs while capturing: only the request's own statements reach the log
  start_dienst -Dquarkus.scheduler.enabled=false
  while IFS=$'\t' read -r naam tokenwaarde url accept; do
    curl -sf -o /dev/null -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url"
    sleep 0.5
    offset=$(stat -c %s "$pglog")
    curl -sf -o /dev/null -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url"
    sleep 0.5
    python3 bench/sql_vangen.py "$pglog" "$offset" "$db" "$uit/sql-$naam.sql"
  done < <(cat "$verzoeken" "$eigenaar")
  # the writes, one request each after a first that warmed the path (a signal is left out: its
  # replay would repeat the resident's BSN and the Idempotency-Key, which are unique)
  for naam in nieuweHulpvraag triage verwijzen statusPartner; do
    gatling "$uit/vangen-$naam.log" "$naam" -Dtarief=1 -Dduur=1
    sleep 0.5
    offset=$(stat -c %s "$pglog")
    gatling "$uit/vangen-$naam.log" "$naam" -Dtarief=1 -Dduur=1
    sleep 0.5
    python3 bench/sql_vangen.py "$pglog" "$offset" "$db" "$uit/sql-$naam.sql"
  done
  stop_dienst
  psql -h 127.0.0.1 -U postgres -qc "alter database $db reset log_statement"
else
  echo "(the PostgreSQL log is not readable here: no pgbench comparison)"
fi

# A service that has just started, before anything warmed it: the mix at an arrival rate it sustains
# once warm, from the first answered request on, once with the service's own warm-up switched off
# (VRAAGWIJZER_OPWARMEN_RONDES=0) and once as it starts by default (shared.opstart.Opwarming).
koud_tarief=${BENCH_KOUD_TARIEF:-50}
koud_s=${BENCH_KOUD_S:-$([ "$volume" = klein ] && echo 4 || echo 20)}
koud() { # label
  gatling "$uit/gatling-koud-$1.log" mix -Dtarief="$koud_tarief" -Dduur="$koud_s" -Dopwarmen=0
  read -r k_aantal k_fouten k_p50 k_p95 k_p99 k_max < <(python3 bench/gatling_uitslag.py "$uit/gatling-koud-$1.log" mix)
  echo "| $1 | ${opstart_ms} | $k_aantal | $k_fouten | $k_p50 | $k_p95 | $k_p99 | $k_max |" >>"$uit/koud-$volume.md"
  echo "   $1: first answer after ${opstart_ms} ms; p99 $k_p99 ms, max $k_max ms, $k_fouten errors"
}
echo "== cold service: the mix at ${koud_tarief}/s for ${koud_s} s from the first answered request"
: >"$uit/koud-$volume.md"
start_dienst -Dvraagwijzer.opwarmen.rondes=0
koud "without warm-up"
stop_dienst
# Java 25 and its AOT cache (ADR 0027), when BENCH_AOT names a JDK 25 (not in CI): the same jar on that
# JDK, then the service packaged as aot-jar by it (target/aot-app), a training run (every read in turn
# for BENCH_AOT_TRAIN_S seconds, 60, with wrk; the JVM writes the cache when it stops) and a cold start
# with the cache; each with the service's own warm-up, as it starts by default.
if [ -n "${BENCH_AOT:-}" ]; then
  echo "== Java 25 ($BENCH_AOT) and its AOT cache"
  dienst_java="$BENCH_AOT/bin/java"
  start_dienst
  koud "Java 25, with warm-up"
  stop_dienst
  JAVA_HOME="$BENCH_AOT" ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory=aot-app >"$uit/aot-bouw.log" 2>&1
  dienst_jar=target/aot-app/quarkus-run.jar
  rm -f target/aot-app/app.aot
  start_dienst -XX:AOTCacheOutput=target/aot-app/app.aot
  wrk -t 2 -c "$gelijktijdig" -d "${BENCH_AOT_TRAIN_S:-60}s" -s bench/verzoeken.lua "$BENCH_BASIS" -- "$verzoeken" \
    >"$uit/aot-training.log" 2>&1 || true
  stop_dienst
  start_dienst -XX:AOTCache=target/aot-app/app.aot
  koud "Java 25, AOT cache, with warm-up"
  stop_dienst
  dienst_java="" dienst_jar=""
fi

echo "== service"
start_dienst
echo "first answered request ${opstart_ms} ms after java -jar"
koud "with warm-up (default)"
# A JVM reaches its speed only once the JIT compiler has compiled the hot paths; on two cores that
# takes minutes of traffic, with the compiler taking a core meanwhile (docs/performance.md: four to
# five minutes of reads on this machine kind; a fixed minute measured the compiler). The service is
# warmed once, before anything is measured: every read request in turn as fast as wrk sends it, then
# the mix (all writes included) at as many concurrent clients in Gatling. Each for BENCH_OPWARMEN_S
# seconds (full: 60; CI: 2) and then on, in rounds of BENCH_RONDE_S (30), until a round in which the
# JVM's compile time (jstat) grew by less than a tenth of the round, at most BENCH_OPWARMEN_MAX_S
# seconds each (full and tenth: 600; CI: 0, no rounds).
ronde_s=${BENCH_RONDE_S:-30}
jit_s() { jstat -compiler "$dienst_pid" 2>/dev/null | awk 'NR == 2 { print $4 }'; }
lezen_s() { wrk -t 2 -c "$gelijktijdig" -d "${1}s" -s bench/verzoeken.lua "$BENCH_BASIS" -- "$verzoeken" \
  >>"$uit/opwarmen-wrk.log" 2>&1; }
mix_s() { gatling "$uit/gatling-opwarmen.log" mix -Dgelijktijdig="$gelijktijdig" -Dduur="$1" -Dopwarmen=0; }
warm() { # what seconds-function: prints what it did, for the report
  local wat=$1 doe=$2 gedaan=$opwarmen_s vorige nu groei gezet=""
  "$doe" "$opwarmen_s"
  vorige=$(command -v jstat >/dev/null && jit_s)
  if [ -n "$vorige" ]; then
    while [ $(( gedaan + ronde_s )) -le "$opwarmen_max_s" ]; do
      "$doe" "$ronde_s"
      gedaan=$(( gedaan + ronde_s ))
      nu=$(jit_s)
      groei=$(awk -v a="$vorige" -v b="$nu" 'BEGIN { printf "%.1f", b - a }')
      echo "   ${gedaan} s of ${wat}: the JIT compiled for ${groei} s in the last ${ronde_s} s" >&2
      vorige=$nu
      if awk -v g="$groei" -v r="$ronde_s" 'BEGIN { exit !(g < r / 10) }'; then gezet=1; break; fi
    done
  fi
  printf '%s s of %s' "$gedaan" "$wat"
  if [ "$gedaan" -gt "$opwarmen_s" ]; then
    printf ' (%s)' "$([ -n "$gezet" ] && echo "then the JIT compiler had settled" || echo "the JIT compiler had not settled yet")"
  fi
}
echo "== warming the service (reads, then the mix: ${opwarmen_s} s each and on until the JIT settles, at most ${opwarmen_max_s} s each)"
: >"$uit/opwarmen-wrk.log"
opwarm_tekst="no reads (wrk is not installed)"
if command -v wrk >/dev/null; then
  opwarm_tekst=$(warm "every read in turn (wrk)" lezen_s)
else
  echo "   (wrk is not installed: apt-get install wrk; the reads are warmed by the mix alone)"
fi
opwarm_tekst+=", then $(warm "the mix (Gatling)" mix_s), both at ${gelijktijdig} concurrent clients"
if [ "$opwarmen_max_s" -gt 0 ]; then
  opwarm_tekst+="; each on in rounds of ${ronde_s} s until the JIT compiler worked less than a tenth of a round, at most ${opwarmen_max_s} s"
fi

# One owner with much of the open work (issue 28, bench/eigenaar.tsv): each pair's request for an owner
# with little and one with much, alone, wrk at the same concurrency after a few seconds to warm; the
# report compares their rates and CPU per request, and gives the big owner's plans (EXPLAIN ANALYZE of
# the captured SQL, as the service's role, with its set_config).
explain_sql() { # captured-script: each read statement explained, in the service's order, nothing kept
  sed -E -e '/(^select set_config|\\gset$)/! s/^(select|with) /explain (analyze, buffers, costs off) \1 /' \
    -e 's/^(select set_config.*);$/\1 \\g \/dev\/null/' -e 's/^COMMIT;$/ROLLBACK;/' -e "s/:(nieuw[0-9]+)/:'\\1'/g" "$1" \
    | psql -X -q -h 127.0.0.1 -U vraagwijzer_app -d "$db" 2>&1
}
eigenaar_meten() {
  [ -s "$eigenaar" ] && command -v wrk >/dev/null || return 0
  echo "== one owner with much of the open work"
  local naam tokenwaarde url accept n tempo
  eigenaar_wrk() { # seconds output-file
    wrk -t 2 -c "$gelijktijdig" -d "${1}s" -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url" >"$2" 2>&1 || true
  }
  : >"$uit/eigenaar-meting-$volume.tsv"
  while IFS=$'\t' read -r naam tokenwaarde url accept; do
    eigenaar_wrk "$eigenaar_warm_s" /dev/null
    cpu_rond "$dienst_pid" eigenaar_wrk "$duur" "$uit/wrk-$naam.log"
    n=$(wrk_verzoeken "$uit/wrk-$naam.log")
    grep -q "Non-2xx" "$uit/wrk-$naam.log" && n=0
    tempo=$(wrk_tempo "$uit/wrk-$naam.log")
    printf '%s\t%s\t%s\t%s\n' "$naam" "${tempo%.*}" \
      "$(ms_per_verzoek "$cpu_dienst" "${n:-0}")" "$(ms_per_verzoek "$cpu_pg" "${n:-0}")" >>"$uit/eigenaar-meting-$volume.tsv"
    [ ! -f "$uit/sql-$naam.sql" ] || explain_sql "$uit/sql-$naam.sql" >"$uit/explain-$naam.txt"
  done <"$eigenaar"
  python3 bench/eigenaar_rapport.py "$uit/eigenaar-aantal-$volume.tsv" "$uit/eigenaar-meting-$volume.tsv" "$uit" \
    "$gelijktijdig" "$duur" >>"$rapport"
}
stil_cpu() { # the service's and PostgreSQL's CPU ticks over BENCH_STIL_S seconds (5; CI 1) of no load, and that time in ns
  local b; b=$(date +%s%N)
  cpu_rond "$dienst_pid" sleep "${BENCH_STIL_S:-$([ "$volume" = klein ] && echo 1 || echo 5)}"
  echo "$cpu_dienst $cpu_pg $(( $(date +%s%N) - b ))"
}
zonder_stil() { # ticks idle-ticks idle-ns since-ns: ticks less the idle rate over the time since
  awk -v t="$1" -v i="$2" -v ins="$3" -v d="$(( $(date +%s%N) - $4 ))" 'BEGIN { r = t - i * d / ins; printf "%d", (r < 0 ? 0 : r) }'
}
eigenaar_warm_s=${BENCH_EIGENAAR_WARM_S:-$([ "$volume" = klein ] && echo 1 || echo 5)}

rapport="$uit/rapport-${volume}.md"
{
  echo "# Benchmark, volume $volume ($(date -u +%Y-%m-%d))"
  echo
  echo "${laden}; first answered request ${opstart_ms} ms after \`java -jar\`."
  echo
  echo "Per scenario, alone: the open model (Gatling constantUsersPerSec) at the rates $stappen per second,"
  echo "${stapduur} s each, up to the first with p99 of 25 ms or more or any error; the highest below is"
  echo "the sustained rate, and the scenario then runs ${duur} s at half of it. Throughput at"
  echo "${gelijktijdig} concurrent clients: the API in a closed model (wrk sending the read's one request,"
  echo "Gatling constantConcurrentUsers for the writes) and pgbench replaying exactly the SQL the service"
  echo "issued for that request (captured from the server log), as the service's role, on the same data."
  echo "The service was warmed first: ${opwarm_tekst}."
  echo
  echo "A service that has just started: the mix at ${koud_tarief}/s for ${koud_s} s from its first answered"
  echo "request on (before the warm-up above), without and with its own warm-up at start:"
  echo
  echo "| start | first answer after ms | requests | errors | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$uit/koud-$volume.md"
  echo
  echo "Statements: what the service sent PostgreSQL for one request (captured, BEGIN and COMMIT and the"
  echo "gemeente's set_config included; each is a round trip). CPU per request: the service's process and"
  echo "every PostgreSQL process (/proc), over all requests of the run at half the rate, less what both spent"
  echo "idle in as long just before (timers, jobs, autovacuum); the goals of issue 28"
  echo "are service/PostgreSQL at most 1 and API/pgbench at least 50%."
  echo
  echo "| scenario | rate with p99 < 25 ms | at half: rate/s | requests | errors | p50 ms | p95 ms | p99 ms | max ms | statements | service CPU ms/req | PostgreSQL CPU ms/req | service/PostgreSQL | API req/s @${gelijktijdig} | pgbench tx/s @${gelijktijdig} | API/pgbench |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$rapport"
for scenario in "${scenarios[@]}"; do
  echo "== $scenario: rate sweep, half rate, closed model, pgbench"
  case "$scenario" in statusPartner|mix) walk_opnieuw ;; esac
  gehaald=0
  for tarief in $stappen; do
    gatling "$uit/gatling-$scenario-$tarief.log" "$scenario" -Dtarief="$tarief" -Dduur="$stapduur"
    read -r _ fouten _ _ p99 _ < <(python3 bench/gatling_uitslag.py "$uit/gatling-$scenario-$tarief.log" "$scenario")
    echo "   $tarief/s: p99 $p99 ms, $fouten errors"
    if [ "$p99" = "?" ] || [ "$fouten" != 0 ] || [ "$p99" -ge 25 ]; then break; fi
    gehaald=$tarief
  done
  half=$(( gehaald > 0 ? gehaald / 2 : ${stappen%% *} / 2 ))
  # the CPU per request at that fixed rate, of the service's process and of every PostgreSQL process
  # (issue 28), over all requests of the run (its own and Gatling's warm-up), less what both spend
  # idle in as long (their timers, the scheduler's jobs, autovacuum: measured just before, no load)
  read -r svc_stil pg_stil stil_ns < <(stil_cpu)
  begin_ns=$(date +%s%N)
  cpu_rond "$dienst_pid" gatling "$uit/gatling-$scenario.log" "$scenario" -Dtarief="$half" -Dduur="$duur"
  svc_tik=$(zonder_stil "$cpu_dienst" "$svc_stil" "$stil_ns" "$begin_ns"); pg_tik=$(zonder_stil "$cpu_pg" "$pg_stil" "$stil_ns" "$begin_ns")
  read -r aantal fouten p50 p95 p99 max < <(python3 bench/gatling_uitslag.py "$uit/gatling-$scenario.log" "$scenario")
  read -r opgewarmd _ < <(python3 bench/gatling_uitslag.py "$uit/gatling-$scenario.log" opwarmen)
  verzoeken_half=$(( ${aantal//\?/0} + ${opgewarmd//\?/0} ))
  [ "$aantal" != "?" ] || verzoeken_half=0
  svc_ms=$(ms_per_verzoek "$svc_tik" "$verzoeken_half"); pg_ms=$(ms_per_verzoek "$pg_tik" "$verzoeken_half")
  verhouding=$(awk -v a="$svc_ms" -v b="$pg_ms" 'BEGIN { if (b + 0 > 0 && a != "—") printf "%.1f", a / b; else printf "—" }')
  statements="—"; [ ! -f "$uit/sql-$scenario.sql" ] || statements=$(grep -vc '\\gset$' "$uit/sql-$scenario.sql" || true)
  api_rps="" ; pg_tps=""
  if command -v wrk >/dev/null && grep -q "^$scenario"$'\t' "$verzoeken"; then
    # a read: wrk, a C client like pgbench, sends the one request with as little of the two cores as
    # a client can take (Gatling, a JVM, took as much CPU as a second service)
    IFS=$'\t' read -r _ tokenwaarde url accept < <(grep "^$scenario"$'\t' "$verzoeken")
    wrk -t 2 -c "$gelijktijdig" -d "${duur}s" -H "Authorization: Bearer $tokenwaarde" -H "Accept: $accept" "$url" \
      >"$uit/wrk-$scenario.log" 2>&1 || true
    if ! grep -q "Non-2xx" "$uit/wrk-$scenario.log"; then
      api_rps=$(sed -n 's/^Requests\/sec: *\([0-9]*\).*/\1/p' "$uit/wrk-$scenario.log")
    fi
  elif [ "$scenario" != mix ]; then
    [ "$scenario" != statusPartner ] || walk_opnieuw
    gatling "$uit/gatling-$scenario-gesloten.log" "$scenario" -Dgelijktijdig="$gelijktijdig" -Dduur="$duur"
    read -r gesloten_aantal _ < <(python3 bench/gatling_uitslag.py "$uit/gatling-$scenario-gesloten.log" "$scenario")
    [ "$gesloten_aantal" = "?" ] || api_rps=$(( gesloten_aantal / duur ))
  fi
  if [ -f "$uit/sql-$scenario.sql" ]; then
    pg_tps=$(pgbench -h 127.0.0.1 -U vraagwijzer_app -n -M prepared -c "$gelijktijdig" -j 2 -T "$duur" \
      -f "$uit/sql-$scenario.sql" "$db" 2>"$uit/pgbench-$scenario.err" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -1 || true)
  fi
  aandeel="—"
  if [ -n "$api_rps" ] && [ -n "$pg_tps" ]; then aandeel=$(python3 -c "print(f'{$api_rps / $pg_tps:.0%}')"); fi
  pg="—"; [ -z "$pg_tps" ] || pg=$(printf %.0f "$pg_tps")
  hoogste="< ${stappen%% *}"; [ "$gehaald" -eq 0 ] || hoogste=$gehaald
  echo "| $scenario | $hoogste | $half | $aantal | $fouten | $p50 | $p95 | $p99 | $max | $statements | $svc_ms | $pg_ms | $verhouding | ${api_rps:-—} | $pg | $aandeel |" >>"$rapport"
done
eigenaar_meten
# The steering figures (issue 27), the heaviest reads there are: a calendar year of the whole region
# (the four gemeenten together) per month by team, each family BENCH_RAPPORTEN times in a row (full and
# tenth: 5; CI: 2), after everything above warmed the service. Not in the sweep: a report is asked for
# a few times a day, not hundreds of times a second; what matters is how long one takes.
rapporten=${BENCH_RAPPORTEN:-$([ "$volume" = klein ] && echo 2 || echo 5)}
jaar=${BENCH_RAPPORTJAAR:-2026}
echo "== the steering figures: $jaar of the region, each family $rapporten times"
{
  echo
  echo "The steering figures (issue 27): the calendar year $jaar of the whole region (\`gemeenten=\` all four),"
  echo "per month by team, as \`rapportage\`, each family ${rapporten} times in a row after the run above:"
  echo
  echo "| report | first ms | median ms | max ms | cells | KB |"
  echo "|---|---|---|---|---|---|"
} >>"$rapport"
for familie in inzet uitvoer effect; do
  url="$BENCH_BASIS/v1/rapportages/$familie?periode=maand&vanaf=$jaar-01-01&tot=$jaar-12-31"
  url+="&gemeenten=GM0505&gemeenten=GM0988&gemeenten=GM1640&gemeenten=GM0946"
  : >"$uit/rapport-$familie.tijden"
  for _ in $(seq "$rapporten"); do
    curl -s -o "$uit/rapport-$familie.json" -w '%{http_code} %{time_total} %{size_download}\n' \
      -H "Authorization: Bearer $BENCH_RAPPORTAGE" -H "X-Gemeente: GM0988" "$url" >>"$uit/rapport-$familie.tijden"
  done
  python3 - "$uit/rapport-$familie.tijden" "$uit/rapport-$familie.json" "$familie" >>"$rapport" <<'PY'
import json, statistics, sys
rijen = [r.split() for r in open(sys.argv[1]) if r.strip()]
if any(r[0] != "200" for r in rijen):
    print(f"| {sys.argv[3]} | failed: {' '.join(r[0] for r in rijen)} | | | | |")
    sys.exit()
ms = [float(r[1]) * 1000 for r in rijen]
cellen = len(json.load(open(sys.argv[2]))["cijfers"])
print(f"| {sys.argv[3]} | {ms[0]:.0f} | {statistics.median(ms):.0f} | {max(ms):.0f} | {cellen} | {int(rijen[-1][2]) // 1024} |")
PY
  tail -1 "$rapport"
done
rss_kb=$(ps -o rss= -p "$dienst_pid" | tr -d ' ')
{
  echo
  echo "RSS of the service after the run: $(( rss_kb / 1024 )) MB."
} >>"$rapport"
cat "$rapport"
