#!/usr/bin/env bash
# Prints a dev-mode access token, signed with dev-private-key.pem (ONLY trusted by %dev, see
# application.properties). Usage:
#   docker/dev-token/token.sh beheerder
#   docker/dev-token/token.sh partner 00000000-0000-4000-8000-000000000001   # MEE Drechtsteden
#   docker/dev-token/token.sh professional "" dordrecht-west                  # with a team
#   docker/dev-token/token.sh teamleider "" vraagwijzer-weert GM0988          # for a gemeente
#   docker/dev-token/token.sh professional "" leudal-west GM1640,GM0988       # several: send X-Gemeente
# Roles: baliemedewerker professional teamleider beheerder privacyfunctionaris partner rapportage
#        gemeentesysteem (with exactly one gemeente: token.sh gemeentesysteem "" "" GM0505)
#        ddas-aanlevering (the delivery to CBS: token.sh ddas-aanlevering "" "" GM0505,GM0988)
set -euo pipefail
role=${1:?usage: $0 ROLE [ORGANISATIE_ID] [TEAM] [GEMEENTE[,GEMEENTE...]]}
organisatie=${2:-}
team=${3:-}
gemeente=${4:-}
here=$(dirname "$(readlink -f "$0")")

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT","kid":"vraagwijzer-dev"}'
claims="{\"iss\":\"vraagwijzer-dev\",\"aud\":\"vraagwijzer-api\",\"sub\":\"dev-${role}\""
claims+=",\"preferred_username\":\"dev-${role}\",\"name\":\"Dev ${role}\""
claims+=",\"realm_access\":{\"roles\":[\"${role}\"]},\"iat\":${now},\"exp\":$((now + 8 * 3600))"
if [ -n "$organisatie" ]; then
  claims+=",\"organisatie_id\":\"${organisatie}\""
fi
if [ -n "$team" ]; then
  claims+=",\"team\":\"${team}\""
fi
if [ -n "$gemeente" ]; then
  if [[ "$gemeente" == *,* ]]; then
    claims+=",\"gemeente\":[\"${gemeente//,/\",\"}\"]"
  else
    claims+=",\"gemeente\":\"${gemeente}\""
  fi
fi
claims+="}"

unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$here/dev-private-key.pem" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
