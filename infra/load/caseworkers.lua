-- 5 caseworkers (wrk -c5) working the queue while survivors apply.
wrk.method = "GET"
wrk.path = "/api/v1/staff/queue"
wrk.headers["Authorization"] = "Basic Y2FzZXk6Y2FzZXktZGVtbw==" -- casey:casey-demo (demo profile)

function done(summary, latency, requests)
  io.write(string.format("caseworkers: %d queue reads = %.1f/s; p50 %.0f ms, p99 %.0f ms; non-2xx %d, timeouts %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.timeout))
end
