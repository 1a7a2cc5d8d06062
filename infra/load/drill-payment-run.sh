#!/usr/bin/env bash
# Fault drill: a node is killed with kill -9 in the middle of a payment run, then started again and
# the run repeated. Afterwards: every payment issued exactly once in our books, the gateway saw each
# payment's key (a repeat of the one in flight carries the same key, so the bank pays once), no
# award left unpaid, and the next run finished what the dead one left.
#
#   FRESH=1 infra/load/drill-payment-run.sh      (PAYMENTS=100, gateway answers after DELAY_MS=150)
set -euo pipefail
cd "$(dirname "$0")"
source ./drill-lib.sh
PAYMENTS=${PAYMENTS:-100}
./cluster.sh start 2
trap './cluster.sh stop; gateway_stop' EXIT
gateway_start "${DELAY_MS:-150}"
seed_due_payments "$PAYMENTS"
due=$(q "select count(*) from payment where status = 'DUE'")
echo "due before the run: $due"

# The run on node 1 directly, so the kill lands on the node doing it.
curl -s -u pat:pat-demo -X POST -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:8081/api/v1/staff/payment-runs \
  > /tmp/drill-run1.out 2>&1 &
for _ in $(seq 1 600); do   # kill once a fifth of the payments are issued: mid-run, whatever the machine's speed
  [ "$(q "select count(*) from payment where status = 'ISSUED'")" -ge $((PAYMENTS / 5)) ] && break
  sleep 0.2
done
echo "kill -9 node 1 with $(q "select count(*) from payment where status = 'ISSUED'") of $due issued"
./cluster.sh kill 1
./cluster.sh restart 1
second=$(curl -s -w ' %{http_code}' -u pat:pat-demo -X POST -H 'Content-Type: application/json' -d '{}' "$STAFF/payment-runs")
echo "second run: $second"

issued=$(q "select count(*) from payment where status = 'ISSUED'")
left=$(q "select count(*) from payment where status in ('DUE', 'FAILED')")
outbox=$(q "select count(*) - count(distinct payment_id) from payment_outbox")
read -r requests keys <<< "$(gateway_received)"
runs=$(q "select e.status || ' ' || count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
          where i.job_name = 'paymentRun' group by e.status order by 1" | tr '\n' ';')
echo "payments issued: $issued of $due; left unpaid: $left; outbox entries beyond one per payment: $outbox"
echo "gateway: $requests requests for $keys distinct payments (repeats carry the same key)"
echo "payment-run executions by status: $runs (the killed node's stays STARTED; its work was finished by the next run)"
[ "$issued" = "$due" ] && [ "$left" = 0 ] && [ "$outbox" = 0 ] && [ "$keys" = "$due" ] && echo "DRILL OK" || { echo "DRILL FAILED"; exit 1; }
