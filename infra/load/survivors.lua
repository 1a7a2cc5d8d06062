-- 100 survivors at once (wrk -c100): each connection submits a claim, then checks its status with
-- the reference and access code it got back, and so on. Counts answers by kind; `done` prints them.
-- The body is a complete claim without a police report (PRODUCT.md section 4), unique per request.
local counter = 0
local claims = {}
-- globals, so that done() can read them from every thread
created, checked, errors, busy = 0, 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function claim_body()
  counter = counter + 1
  local unique = string.format("%d%d", math.random(100000, 999999), counter)
  return '{"applicant":{"firstName":"Load","lastName":"Test' .. unique .. '","dateOfBirth":"1988-02-03",' ..
    '"preferredLanguage":"en","phone":"555-0100","safeContact":{"mail":false,"phone":true,"voicemail":false,"email":false}},' ..
    '"applicantRole":"VICTIM","crime":{"type":"ASSAULT","occurredOn":"2026-10-01","state":"CA"},' ..
    '"verification":{"source":"VICTIM_ADVOCATE","providerName":"Safe Harbor"},' ..
    '"expenses":[{"category":"MEDICAL_DENTAL","amount":"1200.00","payee":"PROVIDER","providerName":"Valley Clinic"}]}'
end

function request()
  if #claims > 0 and counter % 2 == 0 then
    local c = claims[math.random(#claims)]
    counter = counter + 1
    return wrk.format("GET", "/api/v1/claims/" .. c.reference, {["X-Claim-Access-Code"] = c.code})
  end
  return wrk.format("POST", "/api/v1/claims", {["Content-Type"] = "application/json"}, claim_body())
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    local reference = body:match('"reference":"([^"]+)"')
    local code = body:match('"accessCode":"([^"]+)"')
    if reference and code and #claims < 500 then table.insert(claims, {reference = reference, code = code}) end
  elseif status == 200 then
    checked = checked + 1
  elseif status == 503 then
    busy = busy + 1 -- overload answered as designed: nothing stored, Retry-After
  else
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local c, k, e, b = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); k = k + t:get("checked"); e = e + t:get("errors"); b = b + t:get("busy")
  end
  io.write(string.format("survivors: %d requests in %.1f s = %.1f/s; p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("survivors: 201 created %d, 200 status %d, 503 busy %d, other answers %d, socket errors %d, timeouts %d\n",
    c, k, b, e, summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
  io.write(string.format("CREATED=%d\n", c))
end
