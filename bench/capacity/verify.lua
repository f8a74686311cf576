-- wrk script: verifies issued credentials, one after another from CREDENTIALS_FILE, and counts the verdicts.
local threads = {}
local next_index = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("CREDENTIALS_FILE")) do
    table.insert(bodies, '{"credential":"' .. line .. '"}')
  end
  valid, other = 0, 0
end

function request()
  next_index = (next_index % #bodies) + 1
  return wrk.format("POST", "/api/v1/certificates/verify", { ["Content-Type"] = "application/json" }, bodies[next_index])
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"verdict":"VALID"', 1, true) then valid = valid + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("valid")
    bad = bad + thread:get("other")
  end
  io.write(string.format("RESULT requests=%d valid=%d other=%d socket_errors=%d duration_s=%.1f rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, ok, bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
