#!/usr/bin/env bash
# Prints a dev-mode access token, signed with dev-private-key.pem (ONLY trusted by %dev, see
# application.properties). Usage:
#   docker/dev-token/token.sh beheerder
#   docker/dev-token/token.sh partner 00000000-0000-4000-8000-000000000001   # MEE Drechtsteden
#   docker/dev-token/token.sh professional "" dordrecht-west                  # with a team
# Roles: baliemedewerker professional teamleider beheerder privacyfunctionaris partner rapportage
set -euo pipefail
role=${1:?usage: $0 ROLE [ORGANISATIE_ID] [TEAM]}
organisatie=${2:-}
team=${3:-}
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
claims+="}"

unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$here/dev-private-key.pem" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
