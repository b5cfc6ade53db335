#!/usr/bin/env bash
# End-to-end with a real identity provider: Keycloak (the realm in docker/keycloak), the packaged
# service (target/quarkus-app, prod profile) and a fresh database on the local PostgreSQL. Tokens
# come from Keycloak by password grant (staff) and client credentials (two partner organisations).
# Run after ./mvnw verify (or package). Keycloak's distribution is cached in ~/.cache/vraagwijzer.
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=26.7.3
KC_PORT=18180
API_PORT=18090
CACHE=${VRAAGWIJZER_CACHE:-$HOME/.cache/vraagwijzer}
KC_URL="http://localhost:$KC_PORT"
API="http://localhost:$API_PORT/v1"
DB="vraagwijzer_e2e_$(date +%s)"
MEE=00000000-0000-4000-8000-000000000001
WOONBRON=00000000-0000-4000-8000-000000000005
work=$(mktemp -d)
pids=()

opruimen() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap opruimen EXIT

fail() { echo "E2E FAILED: $*" >&2; exit 1; }
wacht() { # url seconds
  for _ in $(seq 1 "$2"); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  return 1
}
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
token() { curl -sf -d "grant_type=$1" "${@:2}" "$KC_URL/realms/vraagwijzer/protocol/openid-connect/token" | json "['access_token']"; }
staf() { token password -d client_id=vraagwijzer-desk -d username="$1" -d password=demo; }
partner() { token client_credentials -d client_id="partner-$1" -d client_secret="partner-$1-secret"; }
systeem() { token client_credentials -d client_id="$1" -d client_secret="$1-secret"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
geslaagd=0
ok() { geslaagd=$((geslaagd + 1)); echo "ok  $*"; }
verwacht() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: expected $1, got $2"
  ok "$3 ($2)"
}

mkdir -p "$CACHE"
tarball="$CACHE/keycloak-$KC_VERSION.tar.gz"
if [ ! -s "$tarball" ]; then
  echo "Downloading Keycloak $KC_VERSION"
  curl -sSfL -o "$tarball.part" \
    "https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
  mv "$tarball.part" "$tarball"
fi
tar xzf "$tarball" -C "$work"
kc="$work/keycloak-$KC_VERSION"
mkdir -p "$kc/data/import"
cp docker/keycloak/realm-vraagwijzer.json "$kc/data/import/"

echo "Starting Keycloak on $KC_PORT"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$kc/bin/kc.sh" start-dev --import-realm --http-port=$KC_PORT --hostname="$KC_URL" \
  > target/e2e-keycloak.log 2>&1 &
pids+=($!)
wacht "$KC_URL/realms/vraagwijzer/.well-known/openid-configuration" 240 || fail "Keycloak did not start (target/e2e-keycloak.log)"

psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null
# the partner's webhook receiver the contract tests subscribe: it must answer the registration handshake
: > target/e2e-webhooks.log
python3 scripts/webhook-ontvanger.py 18099 target/e2e-webhooks.log &
pids+=($!)
echo "Starting the packaged service on $API_PORT"
QUARKUS_HTTP_PORT=$API_PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=trust \
QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/vraagwijzer" \
VRAAGWIJZER_PSEUDONIEM_SLEUTEL=e2e-geheim \
VRAAGWIJZER_WEBHOOKS_TOEGESTAAN="http://127.0.0.1:18099/" \
  java -Dvraagwijzer.gemeenten.GM0505.naam=Dordrecht -Dvraagwijzer.gemeenten.GM0505.wijken.Wielwijk=3317 \
    -Dvraagwijzer.gemeenten.GM0505.wijken.Crabbehof=3318 -Dvraagwijzer.gemeenten.GM0505.intake-team=dordrecht-west \
    -jar target/quarkus-app/quarkus-run.jar > target/e2e-service.log 2>&1 &
pids+=($!)
wacht "http://localhost:$API_PORT/q/health/ready" 120 || fail "the service did not start (target/e2e-service.log)"

# the demo partner organisations the realm's clients name
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "insert into organisatie (id, versie, naam, aangemaakt_op, gewijzigd_op)
  values ('$MEE', 0, 'MEE Drechtsteden', now(), now()), ('$WOONBRON', 0, 'Woonbron', now(), now())" >/dev/null

BEHEERDER=$(staf beheerder)
BALIE=$(staf balie)
PROF=$(staf professional)
LEIDER=$(staf teamleider)
PRIVACY=$(staf privacy)
P_MEE=$(partner mee-drechtsteden)
P_WOONBRON=$(partner woonbron)
ZAAKSYSTEEM=$(systeem zaaksysteem-dordrecht)
DDAS=$(systeem ddas-aanlevering-dordrecht)
J=(-H "Content-Type: application/json")

verwacht 200 "$(status "$API/openapi.json")" "contract open"
verwacht 401 "$(status "$API/organisaties")" "anonymous refused"
verwacht 403 "$(status -H "Authorization: Bearer $P_MEE" "${J[@]}" -d '{"naam":"x"}' "$API/organisaties")" "partner cannot write the directory"

dienst=$(curl -sf -H "Authorization: Bearer $BEHEERDER" "${J[@]}" "$API/diensten" \
  -d "{\"organisatieId\":\"$MEE\",\"naam\":\"Clientondersteuning\",\"leefgebieden\":[\"financien\"],\"aanmeldwijze\":\"verwijzing\"}" | json "['id']")
ok "beheerder adds a service"
inwoner=$(curl -sf -H "Authorization: Bearer $BALIE" "${J[@]}" "$API/inwoners" \
  -d '{"voornamen":"Jan","achternaam":"Jansen","bsn":"111222333","adres":{"straat":"A","huisnummer":1,"postcode":"3317AB","plaats":"Dordrecht"}}' | json "['id']")
vraag=$(curl -sf -H "Authorization: Bearer $BALIE" "${J[@]}" "$API/hulpvragen" \
  -d "{\"inwonerId\":\"$inwoner\",\"kanaal\":\"balie\",\"omschrijving\":\"Schulden\",\"leefgebieden\":[\"financien\"],\"wettelijkKader\":\"schuldhulp\",\"team\":\"dordrecht-west\"}" | json "['id']")
ok "desk registers a resident and a question"
verwacht 201 "$(status -H "Authorization: Bearer $PROF" "${J[@]}" "$API/hulpvragen/$vraag/triages" \
  -d '{"zrmScores":[{"leefgebied":"financien","score":1}],"uitkomst":"verwijzen"}')" "professional of the team triages"
toestemming=$(curl -sf -H "Authorization: Bearer $PROF" "${J[@]}" "$API/toestemmingen" \
  -d "{\"inwonerId\":\"$inwoner\",\"organisatieId\":\"$MEE\",\"doel\":\"Verwijzing\",\"datum\":\"$(TZ=Europe/Amsterdam date +%F)\",\"vorm\":\"mondeling\"}" | json "['id']")
verwijzing=$(curl -sf -H "Authorization: Bearer $PROF" "${J[@]}" "$API/verwijzingen" \
  -d "{\"hulpvraagId\":\"$vraag\",\"dienstId\":\"$dienst\",\"reden\":\"Schulden\",\"toestemmingId\":\"$toestemming\"}" | json "['id']")
ok "professional refers with consent"
aantal=$(curl -sf -H "Authorization: Bearer $P_MEE" "$API/verwijzingen" | json ".__len__()")
verwacht 1 "$aantal" "partner MEE sees its referral"
verwacht 404 "$(status -H "Authorization: Bearer $P_WOONBRON" "$API/verwijzingen/$verwijzing")" "partner Woonbron does not"
verwacht 200 "$(status -H "Authorization: Bearer $P_MEE" -H 'If-Match: "0"' "${J[@]}" \
  -d '{"status":"geaccepteerd"}' "$API/verwijzingen/$verwijzing/statuswijzigingen")" "partner MEE accepts"
open=$(curl -sf -H "Authorization: Bearer $LEIDER" "$API/hulpvragen?status=open" | json "[0]['id']")
verwacht "$vraag" "$open" "team lead sees the open question"
logregels=$(curl -sf -H "Authorization: Bearer $PRIVACY" "$API/logboek?inwonerId=$inwoner&pageSize=100" | json ".__len__()")
[ "$logregels" -ge 5 ] || fail "access log has $logregels entries"
ok "privacy officer reads the access log ($logregels entries)"
# the gemeente's own case system (client credentials, claim gemeente from the realm): its events, no personal data
verwacht 201 "$(status -H "Authorization: Bearer $ZAAKSYSTEEM" "${J[@]}" \
  -d '{"callbackUrl":"http://127.0.0.1:18099/zaaksysteem","typen":["nl.vraagwijzer.hulpvraag.geregistreerd"]}' \
  "$API/gemeenteabonnementen")" "the case system of Dordrecht subscribes to its gemeente's questions"
curl -sf -H "Authorization: Bearer $BALIE" "${J[@]}" "$API/hulpvragen" \
  -d "{\"inwonerId\":\"$inwoner\",\"kanaal\":\"balie\",\"omschrijving\":\"Huur\",\"leefgebieden\":[\"financien\"],\"wettelijkKader\":\"schuldhulp\",\"team\":\"dordrecht-west\"}" >/dev/null
for _ in $(seq 1 60); do grep -q "^/zaaksysteem nl.vraagwijzer.hulpvraag.geregistreerd" target/e2e-webhooks.log && break; sleep 0.5; done
grep -q "^/zaaksysteem nl.vraagwijzer.hulpvraag.geregistreerd" target/e2e-webhooks.log \
  || fail "the case system did not receive the registered question (target/e2e-webhooks.log)"
ok "the case system receives the new question as a CloudEvent"
verwacht 403 "$(status -H "Authorization: Bearer $ZAAKSYSTEEM" "$API/hulpvragen/$vraag")" "the case system reads no question"
verwacht 403 "$(status -H "Authorization: Bearer $P_MEE" "$API/gemeenteabonnementen")" "a partner has no gemeente subscriptions"
# the delivery to CBS (DDAS), with a real Keycloak token of the role that delivers: never cached
ddas_headers=$(curl -sf -D - -o target/e2e-ddas.json -H "Authorization: Bearer $DDAS" \
  "$API/ddas-leveringen?startdatum=$(TZ=Europe/Amsterdam date -d '-30 days' +%F)&einddatum=$(TZ=Europe/Amsterdam date +%F)") || fail "the DDAS delivery failed"
echo "$ddas_headers" | grep -qi '^cache-control: no-store' || fail "the DDAS delivery may be cached"
verwacht 0505 "$(json "['leveringen'][0]['gemeentecode']" < target/e2e-ddas.json)" "the DDAS delivery of Dordrecht"
verwacht 403 "$(status -H "Authorization: Bearer $LEIDER" "$API/ddas-leveringen?startdatum=$(TZ=Europe/Amsterdam date +%F)&einddatum=$(TZ=Europe/Amsterdam date +%F)")" "a team lead cannot fetch the DDAS delivery"
if grep -q 111222333 target/e2e-service.log; then fail "the BSN appears in the service log"; fi
ok "no BSN in the service log"

# The data team's script on the generated TypeScript client (built by ./mvnw verify), logged in with
# client credentials as rapportage-script: the question, made overdue, is listed under its team.
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "update hulpvraag set termijn_datum = (now() at time zone 'Europe/Amsterdam')::date - 10 where id = '$vraag'" >/dev/null
export VRAAGWIJZER_API="$API" VRAAGWIJZER_TOKEN_URL="$KC_URL/realms/vraagwijzer/protocol/openid-connect/token" \
  VRAAGWIJZER_CLIENT_ID=rapportage-script VRAAGWIJZER_CLIENT_SECRET=rapportage-script-secret
tabel=$(npm --prefix scripts/open-zaken-per-team --silent start)
echo "$tabel"
grep -q "^dordrecht-west: 1 past deadline" <<<"$tabel" || fail "open-zaken-per-team did not list the overdue question"
teLaat=$(npm --prefix scripts/open-zaken-per-team --silent start -- --json | json "['dordrecht-west'][0]['id'], d['dordrecht-west'][0]['dagenTeLaat']")
verwacht "('$vraag', 10)" "$teLaat" "open-zaken-per-team lists the overdue question per team"

# Contract tests from outside (Portman + Newman), with fresh tokens for every role (they live 5 minutes,
# and the npm install before the run may take a while on a cold machine).
echo "Contract tests: Portman collection run by Newman (report: target/contract-tests)"
API="$API" PARTNER_ORGANISATIE_ID=$MEE PARTNER_DIENST_ID=$dienst WEBHOOK_URL="http://127.0.0.1:18099/vraagwijzer" \
TOKEN_BEHEERDER=$(staf beheerder) \
TOKEN_BALIE=$(staf balie) \
TOKEN_PROFESSIONAL=$(staf professional) \
TOKEN_TEAMLEIDER=$(staf teamleider) \
TOKEN_PRIVACY=$(staf privacy) \
TOKEN_PARTNER=$(partner mee-drechtsteden) \
TOKEN_GEMEENTESYSTEEM=$(systeem zaaksysteem-dordrecht) \
TOKEN_DDAS=$(systeem ddas-aanlevering-dordrecht) \
  bash contract-tests/run.sh > target/contract-tests.log 2>&1 || { tail -150 target/contract-tests.log; fail "contract tests (target/contract-tests.log)"; }
tail -25 target/contract-tests.log
ok "Portman contract and fuzz tests pass under Newman"
echo "keycloak-e2e: $geslaagd passed, 0 failed"
