# Shared by the fault drills (sourced): the database, a stand-in payment gateway, seeding.
# The gateway is WireMock's standalone jar from the local Maven repository (the one the tests use),
# answering like PRODUCT.md's gateway: 201 {gatewayId, status: ACCEPTED}, the same id for the same key.
DB=${LOAD_DB:-compensation_load}
WIREMOCK=${WIREMOCK:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar}
GATEWAY_DIR=../../target/cluster/gateway
STAFF="http://127.0.0.1:8080/api/v1/staff"

q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

# gateway_start DELAY_MS: accept every payment after DELAY_MS.
gateway_start() {
  mkdir -p "$GATEWAY_DIR/mappings"
  cat > "$GATEWAY_DIR/mappings/accept.json" <<JSON
{"request": {"method": "POST", "url": "/payments"},
 "response": {"status": 201, "fixedDelayMilliseconds": ${1:-0}, "headers": {"Content-Type": "application/json"},
   "body": "{\"gatewayId\": \"GW-{{request.headers.Idempotency-Key}}\", \"status\": \"ACCEPTED\"}"}}
JSON
  java -Xmx256m -jar "$WIREMOCK" --port 8089 --root-dir "$GATEWAY_DIR" --global-response-templating \
    --disable-banner > "$GATEWAY_DIR/out.log" 2>&1 &
  echo $! > "$GATEWAY_DIR/pid"
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8089/__admin/health > /dev/null && return 0; sleep 0.5; done
  echo "the stand-in gateway did not start ($GATEWAY_DIR/out.log)" >&2; return 1
}

gateway_stop() { [ -f "$GATEWAY_DIR/pid" ] && kill "$(cat "$GATEWAY_DIR/pid")" 2> /dev/null; rm -f "$GATEWAY_DIR/pid"; }

# What the gateway received: "requests distinct-keys".
gateway_received() {
  curl -sf http://127.0.0.1:8089/__admin/requests | python3 -c '
import json, sys
requests = [r["request"] for r in json.load(sys.stdin)["requests"] if r["request"]["url"] == "/payments"]
keys = {r["headers"].get("Idempotency-Key") for r in requests}
print(len(requests), len(keys))'
}

# seed_due_payments N: N claims asking for an emergency award, each granted $500 by casey, so N
# payments are due (through the API, as a program's staff would).
seed_due_payments() {
  local n=$1 refs=()
  for i in $(seq 1 "$n"); do
    refs+=("$(curl -sf -H 'Content-Type: application/json' http://127.0.0.1:8080/api/v1/claims -d '{"applicant":{"firstName":"Drill","lastName":"Payee'"$i"'","dateOfBirth":"1985-04-05","preferredLanguage":"en","phone":"555-0101","safeContact":{"mail":false,"phone":true,"voicemail":false,"email":false}},"applicantRole":"VICTIM","crime":{"type":"ASSAULT","occurredOn":"2026-10-01","state":"CA"},"verification":{"source":"VICTIM_ADVOCATE","providerName":"Safe Harbor"},"expenses":[{"category":"RELOCATION","amount":"900.00","payee":"APPLICANT"}],"emergencyAwardRequested":true}' \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')")
  done
  for ref in "${refs[@]}"; do
    for _ in $(seq 1 120); do   # screening runs on the job executor: the emergency task appears shortly
      status=$(curl -s -o /dev/null -w '%{http_code}' -u casey:casey-demo -H 'Content-Type: application/json' \
        "$STAFF/claims/$ref/emergency-decision" -d '{"approve":true,"amount":"500.00","category":"RELOCATION","note":"drill"}')
      [ "$status" = 200 ] && break
      sleep 0.5
    done
    [ "$status" = 200 ] || { echo "emergency decision for $ref answered $status" >&2; return 1; }
  done
}
