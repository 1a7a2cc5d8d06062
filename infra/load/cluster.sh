#!/usr/bin/env bash
# Several nodes of the packaged service on one PostgreSQL database, behind Debian's HAProxy on
# 127.0.0.1:8080 (round robin, health-checked, X-Forwarded-For set). For the load test and drills.
#
#   infra/load/cluster.sh start [nodes=2]   build nothing; start the jar N times (ports 8081...)
#   infra/load/cluster.sh stop
#   infra/load/cluster.sh kill N            kill -9 node N (a fault drill)
#   infra/load/cluster.sh restart N         start node N again
#   infra/load/cluster.sh rss               each node's resident memory
#
# The database is compensation_load (recreated by `start` when FRESH=1, as a copy of the database
# LOAD_TEMPLATE names if set, e.g. one the workbench benchmark filled with open claims). The demo
# profile gives the demo staff users; its sample claims are off. NODE_ARGS adds settings to every
# node; NODE_JVM replaces its JVM options (default -Xmx440m -XX:+UseParallelGC).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=compensation-web/target/compensation-web-0.1.0-SNAPSHOT.jar
DB=${LOAD_DB:-compensation_load}
RUN=target/cluster
# 440 MB of heap plus what lies outside it keeps a node under 768 MB resident with the parallel
# collector, about 50 MB smaller outside the heap than G1 (with G1 a node reached 791 MB; README, Memory).
JVM=${NODE_JVM:--Xmx440m -XX:+UseParallelGC}
# glibc gives each busy thread its own malloc arena; two keep a node's memory near its heap.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
mkdir -p "$RUN"

node_start() {
  local n=$1 port=$((8080 + $1))
  java $JVM -jar "$JAR" --spring.profiles.active=demo --compensation.demo.sample-claims=false \
    --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --logging.file.name="$RUN/node$n.log" ${NODE_ARGS:-} > "$RUN/node$n.out" 2>&1 &
  echo $! > "$RUN/node$n.pid"
}

node_wait() {
  local port=$((8080 + $1))
  for _ in $(seq 1 "${READY_TIMEOUT:-300}"); do   # seconds; a node starts in ~10 s on a quiet machine
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && return 0
    sleep 1
  done
  echo "node $1 did not become ready (see $RUN/node$1.out)" >&2
  return 1
}

rss() {
  for pid in "$RUN"/node*.pid; do [ -f "$pid" ] && ps -o rss= -p "$(cat "$pid")" || true; done | awk '{s=s" "int($1/1024)"MB"} END {print s}'
}

case "${1:-}" in
  start)
    nodes=${2:-2}
    [ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
    command -v haproxy > /dev/null || { echo "install Debian's haproxy: apt-get install -y haproxy" >&2; exit 1; }
    if [ "${FRESH:-0}" = 1 ]; then
      psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"
      psql -h 127.0.0.1 -U postgres -qc "create database $DB ${LOAD_TEMPLATE:+template $LOAD_TEMPLATE}"
    fi
    node_start 1 && node_wait 1   # the first node migrates the schema alone
    for n in $(seq 2 "$nodes"); do node_start "$n"; done
    for n in $(seq 2 "$nodes"); do node_wait "$n"; done
    {
      echo "global"
      echo "  maxconn 4096"
      echo "defaults"
      echo "  mode http"
      echo "  option forwardfor"
      echo "  timeout connect 5s"
      echo "  timeout client 60s"
      echo "  timeout server 60s"
      echo "  timeout check 10s"   # a busy node answers its health check late, not never
      echo "frontend claims"
      echo "  bind 127.0.0.1:8080"
      echo "  default_backend nodes"
      echo "backend nodes"
      echo "  balance roundrobin"
      echo "  option httpchk GET /actuator/health/readiness"
      echo "  http-check expect status 200"
      for n in $(seq 1 "$nodes"); do echo "  server node$n 127.0.0.1:$((8080 + n)) check inter 2s fall 5 rise 2"; done
    } > "$RUN/haproxy.cfg"
    haproxy -f "$RUN/haproxy.cfg" -D -p "$RUN/haproxy.pid"
    # The planner needs fresh statistics as open work grows, and the engine's job table, where every
    # claim's screening job is written and deleted, needs its dead rows cleared: production keeps
    # autovacuum on (its default). Where it is off, as on the CI machines, vacuum each minute instead.
    if [ "$(psql -h 127.0.0.1 -U postgres -Atc 'show autovacuum')" = off ]; then
      (while :; do psql -h 127.0.0.1 -U postgres -d "$DB" -qc 'vacuum (analyze)' || true; sleep 60; done) > /dev/null 2>&1 &
      echo $! > "$RUN/analyze.pid"
    fi
    echo "$nodes node(s) behind http://127.0.0.1:8080 (RSS:$(rss))"
    ;;
  rss)
    rss
    ;;
  stop)
    for pid in "$RUN/haproxy.pid" "$RUN/analyze.pid"; do [ -f "$pid" ] && kill "$(cat "$pid")" 2> /dev/null || true; done
    for pid in "$RUN"/node*.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2> /dev/null || true; done
    # Wait for the nodes to shut down (30 s at most, then kill -9), so that a `start` straight after
    # finds its ports free.
    for pid in "$RUN"/node*.pid; do
      [ -f "$pid" ] || continue
      for _ in $(seq 1 60); do kill -0 "$(cat "$pid")" 2> /dev/null || break; sleep 0.5; done
      if kill -0 "$(cat "$pid")" 2> /dev/null; then kill -9 "$(cat "$pid")"; echo "$pid did not stop in 30 s: killed" >&2; fi
    done
    rm -f "$RUN"/*.pid
    ;;
  kill)
    kill -9 "$(cat "$RUN/node$2.pid")"
    ;;
  restart)
    node_start "$2" && node_wait "$2"
    ;;
  *)
    sed -n '2,14p' "$0"; exit 2
    ;;
esac
