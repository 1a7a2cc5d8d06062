#!/usr/bin/env bash
# Fault drill: PostgreSQL is restarted under the survivors' load (two nodes behind HAProxy). While
# it is down the service answers 503 with Retry-After (or HAProxy does, when it has taken both nodes
# out); afterwards: every 201 has its claim, no claim is half stored, every claim is screened once.
#
#   FRESH=1 infra/load/drill-database-restart.sh      (DURATION=90, restart at a third)
set -euo pipefail
cd "$(dirname "$0")"
source ./drill-lib.sh
DURATION=${DURATION:-90}
./cluster.sh start 2
trap './cluster.sh stop' EXIT
before=$(q "select count(*) from claim")
wrk -t2 -c100 -d"${DURATION}s" --timeout 10s -s survivors.lua http://127.0.0.1:8080 > /tmp/drill-db.out &
sleep $((DURATION / 3))
echo "restart PostgreSQL"
down=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
echo "PostgreSQL back after $(echo "$(date +%s.%N) - $down" | bc | cut -c1-4) s"
wait
grep survivors /tmp/drill-db.out
created=$(grep -o 'CREATED=[0-9]*' /tmp/drill-db.out | cut -d= -f2)
for _ in $(seq 1 60); do   # screening catches up on the job executor
  [ "$(q "select count(*) from claim where status = 'SUBMITTED'")" = 0 ] && break
  sleep 5
done
stored=$(( $(q "select count(*) from claim") - before ))
half=$(q "select count(*) from claim c where not exists (select 1 from claim_personal p where p.claim_id = c.id)")
twice=$(q "select count(*) from (select claim_id from claim_event where event = 'SCREENED' group by claim_id having count(*) > 1) t")
unscreened=$(q "select count(*) from claim where status = 'SUBMITTED'")
other=$(grep -o 'other answers [0-9]*' /tmp/drill-db.out | awk '{print $3}')
echo "201 answers: $created; claims stored: $stored; half stored: $half; screened twice: $twice; unscreened: $unscreened; answers other than 201/200/503: $other"
[ "$stored" -ge "$created" ] && [ "$half" = 0 ] && [ "$twice" = 0 ] && [ "$unscreened" = 0 ] && [ "$other" = 0 ] \
  && echo "DRILL OK" || { echo "DRILL FAILED"; exit 1; }
