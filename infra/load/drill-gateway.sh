#!/usr/bin/env bash
# Fault drill: the payment gateway slow (answers after 5 s), then down. A slow gateway still gets
# every payment issued; a gateway that is down leaves payments pending (never failed, never paid
# twice), the run answers 200 with the count, and the next run once it is back issues them.
#
#   FRESH=1 infra/load/drill-gateway.sh      (PAYMENTS=10 in each phase)
set -euo pipefail
cd "$(dirname "$0")"
source ./drill-lib.sh
PAYMENTS=${PAYMENTS:-10}
run() { curl -s -w ' %{http_code}' -u pat:pat-demo -X POST -H 'Content-Type: application/json' -d '{}' "$STAFF/payment-runs"; }
./cluster.sh start 1
trap './cluster.sh stop; gateway_stop' EXIT

gateway_start 5000
seed_due_payments "$PAYMENTS"
started=$(date +%s)
echo "slow gateway: $(run) after $(( $(date +%s) - started )) s"
slow_issued=$(q "select count(*) from payment where status = 'ISSUED'")
read -r slow_requests slow_keys <<< "$(gateway_received)"
gateway_stop

seed_due_payments "$PAYMENTS"
echo "gateway down: $(run)"
pending=$(q "select count(*) from payment p join payment_outbox o on o.payment_id = p.id where p.status = 'DUE' and o.state = 'PENDING'")
failed=$(q "select count(*) from payment where status = 'FAILED'")
gateway_start 0
echo "gateway back: $(run)"
issued=$(q "select count(*) from payment where status = 'ISSUED'")
read -r requests keys <<< "$(gateway_received)"
echo "slow: $slow_issued of $PAYMENTS issued ($slow_requests requests, $slow_keys keys); down: $pending pending, $failed failed;"
echo "after the gateway came back: $issued of $((2 * PAYMENTS)) issued; the restarted gateway saw $requests requests for $keys payments"
[ "$slow_issued" = "$PAYMENTS" ] && [ "$pending" = "$PAYMENTS" ] && [ "$failed" = 0 ] && [ "$issued" = $((2 * PAYMENTS)) ] \
  && [ "$keys" = "$PAYMENTS" ] && echo "DRILL OK" || { echo "DRILL FAILED"; exit 1; }
