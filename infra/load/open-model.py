#!/usr/bin/env python3
"""Open-model load (survivors arrive at a fixed rate whatever the service's speed, as Gatling's
constantUsersPerSec does): RATE claim submissions per second for DURATION seconds, then status
checks at STATUS_RATE per second with the references and codes received. Latency is measured from
each request's scheduled start, so a slow service cannot hide its queue (no coordinated omission).

    infra/load/cluster.sh start 1 && infra/load/open-model.py; infra/load/cluster.sh stop
    RATE=50 STATUS_RATE=100 DURATION=120 URL=http://127.0.0.1:8080 infra/load/open-model.py
"""
import json, os, random, threading, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

URL = os.environ.get("URL", "http://127.0.0.1:8080")
RATE, STATUS_RATE = float(os.environ.get("RATE", 50)), float(os.environ.get("STATUS_RATE", 100))
DURATION = float(os.environ.get("DURATION", 120))
lock = threading.Lock()


def claim_body(n):
    return json.dumps({
        "applicant": {"firstName": "Open", "lastName": "Model%d%d" % (n, random.randint(0, 10**6)), "dateOfBirth": "1988-02-03",
                      "preferredLanguage": "en", "phone": "555-0100",
                      "safeContact": {"mail": False, "phone": True, "voicemail": False, "email": False}},
        "applicantRole": "VICTIM", "crime": {"type": "ASSAULT", "occurredOn": "2026-10-01", "state": "CA"},
        "verification": {"source": "VICTIM_ADVOCATE", "providerName": "Safe Harbor"},
        "expenses": [{"category": "MEDICAL_DENTAL", "amount": "1200.00", "payee": "PROVIDER", "providerName": "Valley Clinic"}],
    }).encode()


def call(scheduled, request, results, on_ok=None):
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            body, status = answer.read(), answer.status
    except urllib.error.HTTPError as e:
        body, status = b"", e.code
    except Exception as e:
        body, status = b"", type(e).__name__
    took = time.monotonic() - scheduled
    with lock:
        results.append((took, status))
    if on_ok and status in (200, 201):
        on_ok(body)


def phase(name, rate, make_request, on_ok=None):
    results, start = [], time.monotonic()
    with ThreadPoolExecutor(max_workers=400) as pool:
        n = 0
        while n < rate * DURATION:
            scheduled = start + n / rate
            delay = scheduled - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(call, scheduled, make_request(n), results, on_ok)
            n += 1
    latencies = sorted(r[0] for r in results)
    statuses = {}
    for _, s in results:
        statuses[s] = statuses.get(s, 0) + 1
    pct = lambda p: latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000
    print("%s: %d at %.0f/s for %.0f s; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; answers %s"
          % (name, len(results), rate, DURATION, pct(50), pct(95), pct(99), latencies[-1] * 1000, statuses), flush=True)


claims = []
phase("submissions", RATE, lambda n: urllib.request.Request(URL + "/api/v1/claims", data=claim_body(n),
                                                            headers={"Content-Type": "application/json"}, method="POST"),
      on_ok=lambda body: claims.append(json.loads(body)))
print("CREATED=%d" % len(claims))
phase("status checks", STATUS_RATE, lambda n: urllib.request.Request(
    URL + "/api/v1/claims/" + claims[n % len(claims)]["reference"],
    headers={"X-Claim-Access-Code": claims[n % len(claims)]["accessCode"]}))
