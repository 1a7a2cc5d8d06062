#!/usr/bin/env bash
# Fault drill: a node is killed with kill -9 while it reconciles a large settlement file, then
# started again; at start-up it resumes the file from its last committed chunk. Afterwards: the
# reconciliation COMPLETED once, every payment settled once, every count exact (nothing counted
# twice by the restart). (The seeded claims hold emergency awards only and are still in review, so
# none becomes PAID: the count is printed, not checked.)
#
#   FRESH=1 infra/load/drill-reconciliation.sh   (PAYMENTS=100 of ours among UNKNOWN=300000 lines)
set -euo pipefail
cd "$(dirname "$0")"
source ./drill-lib.sh
PAYMENTS=${PAYMENTS:-100}
UNKNOWN=${UNKNOWN:-300000}
./cluster.sh start 2
trap './cluster.sh stop; gateway_stop' EXIT
gateway_start 0
seed_due_payments "$PAYMENTS"
curl -sf -u pat:pat-demo -X POST -H 'Content-Type: application/json' -d '{}' "$STAFF/payment-runs"; echo
issued=$(q "select count(*) from payment where status = 'ISSUED'")

# The service's CSV layout (PRODUCT.md): our issued payments settled, among many lines the program
# does not know (another program's payments on the same account), which make the file long.
file=../../target/cluster/settlement.csv
{
  echo "payment_reference,gateway_id,amount,currency,status,value_date,return_code"
  q "select reference || ',' || gateway_id || ',' || amount || ',USD,SETTLED,2026-12-01,' from payment where status = 'ISSUED'"
  seq 1 "$UNKNOWN" | awk '{printf "PZZ%012d,GW-X%d,10.00,USD,SETTLED,2026-12-01,\n", $1, $1}'
} > "$file"
id=$(curl -sf -u pat:pat-demo -F "file=@$file;type=text/csv" http://127.0.0.1:8081/api/v1/staff/reconciliations \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 1200); do   # kill once a fifth of the lines are counted: mid-file, whatever the machine's speed
  [ "$(q "select coalesce(max(matched + unmatched), 0) from reconciliation where id = '$id'")" -ge $(( (issued + UNKNOWN) / 5 )) ] && break
  sleep 0.2
done
echo "kill -9 node 1 with $(q "select matched + unmatched from reconciliation where id = '$id'") of $((issued + UNKNOWN)) lines counted"
./cluster.sh kill 1
./cluster.sh restart 1
for _ in $(seq 1 600); do
  status=$(curl -sf -u pat:pat-demo "$STAFF/reconciliations/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$status" != RUNNING ] && break
  sleep 1
done
counts=$(q "select matched || ' ' || unmatched from reconciliation where id = '$id'")
settled=$(q "select count(*) from payment where status = 'SETTLED'")
exceptions=$(q "select count(*) from reconciliation_exception where reconciliation_id = '$id'")
paid=$(q "select count(*) from claim where status = 'PAID'")
executions=$(q "select e.status || ' ' || count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'reconciliation' group by e.status order by 1" | tr '\n' ';')
echo "status: $status; matched/unmatched: $counts (expected $issued $UNKNOWN); payments settled: $settled of $issued"
echo "exceptions listed: $exceptions; claims PAID: $paid; reconciliation executions: $executions"
[ "$status" = COMPLETED ] && [ "$counts" = "$issued $UNKNOWN" ] && [ "$settled" = "$issued" ] && [ "$exceptions" = "$UNKNOWN" ] \
  && echo "DRILL OK" || { echo "DRILL FAILED"; exit 1; }
