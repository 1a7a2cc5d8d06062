-- 5 caseworkers (wrk -t5 -c5: a thread and a connection each) working the queue in the staff
-- console while survivors apply. Each is signed in once, as in a browser (load-test.sh signs them in
-- and passes their session cookies): the demo profile's HTTP Basic would check a bcrypt hash on every
-- read, which no caseworker's browser does. The sessions are Spring Session's rows in PostgreSQL, so
-- any node serves any read.
-- globals, so that done() can read them from every thread
read, signed_out, other = 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("me", #threads)
end

function init(args)
  session = args[me] -- this caseworker's own session: one read at a time, as from one browser tab
end

function request()
  return wrk.format("GET", "/staff", {["Cookie"] = "SESSION=" .. session})
end

function response(status, headers, body)
  if status == 200 then
    read = read + 1
  elseif status == 302 then
    signed_out = signed_out + 1 -- sent to the sign-in page: the node did not know the session
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local r, s, o = 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("read"); s = s + t:get("signed_out"); o = o + t:get("other")
  end
  io.write(string.format("caseworkers: %d queue pages = %.1f/s; p50 %.0f ms, p99 %.0f ms; signed out %d, other answers %d, timeouts %d\n",
    r, r / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, s, o,
    summary.errors.timeout))
end
