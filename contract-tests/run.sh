#!/usr/bin/env bash
# Contract tests from outside, by tools that know nothing of our code: Portman reads
# the bundled contract (target/openapi/openapi.yaml, made by the build) and writes a Postman collection with a request per operation (contract tests:
# status, content type, JSON body, JSON schema) and fuzzing variations (required fields left out,
# numbers and strings beyond their bounds: 400 problem+json expected); Newman runs it against a
# running service. Every response of the run must be below 500.
#
# Needs: API (base URL ending in /v1), tokens per role in TOKEN_BALIE, TOKEN_PROFESSIONAL,
# TOKEN_TEAMLEIDER, TOKEN_BEHEERDER, TOKEN_PRIVACY, TOKEN_PARTNER (a partner of PARTNER_ORGANISATIE_ID),
# TOKEN_GEMEENTESYSTEEM (a system of the gemeente), TOKEN_DDAS (who delivers to CBS),
# PARTNER_DIENST_ID (a service of that partner), WEBHOOK_URL (an allowed callback URL).
# scripts/keycloak-e2e.sh provides all of them; reports land in target/contract-tests.
set -euo pipefail
cd "$(dirname "$0")"
uit=../target/contract-tests
mkdir -p "$uit"

npm ci --no-audit --no-fund --loglevel=error
npx portman --local ../target/openapi/openapi.yaml --baseUrl "$API" \
  --portmanConfigFile portman-config.json --output "$uit/collection.json" --logAssignVariables false \
  > "$uit/portman.log"

npx newman run "$uit/collection.json" --color off \
  --env-var "baseUrl=$API" \
  --env-var "tokenBalie=$TOKEN_BALIE" \
  --env-var "tokenProfessional=$TOKEN_PROFESSIONAL" \
  --env-var "tokenTeamleider=$TOKEN_TEAMLEIDER" \
  --env-var "tokenBeheerder=$TOKEN_BEHEERDER" \
  --env-var "tokenPrivacy=$TOKEN_PRIVACY" \
  --env-var "tokenPartner=$TOKEN_PARTNER" \
  --env-var "tokenGemeentesysteem=$TOKEN_GEMEENTESYSTEEM" \
  --env-var "tokenDdas=$TOKEN_DDAS" \
  --env-var "partnerOrganisatieId=$PARTNER_ORGANISATIE_ID" \
  --env-var "partnerDienstId=$PARTNER_DIENST_ID" \
  --env-var "webhookUrl=$WEBHOOK_URL" \
  --env-var "vandaag=$(TZ=Europe/Amsterdam date +%F)" \
  --reporters cli,junit --reporter-junit-export "$uit/newman.xml" \
  --reporter-cli-no-success-assertions --reporter-cli-no-banner
