-- wrk script: every request enrols a new participant (unique email) of VN, TH, MY or CN into one cohort.
local parties = { "VN", "TH", "MY", "CN" }
local threads = {}
local counter = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  path = os.getenv("COHORT_PATH")
  tokens = {}
  for _, party in ipairs(parties) do
    tokens[party] = os.getenv("TOKEN_" .. party)
  end
  created, refused = 0, 0
end

function request()
  counter = counter + 1
  local party = parties[(counter % #parties) + 1]
  local body = string.format(
    '{"participant":{"name":"Bench %d-%d","email":"b%d-%d@example.org","party":"%s","organisationType":"PRIVATE_SECTOR","consent":true}}',
    tid, counter, tid, counter, party)
  return wrk.format("POST", path, { ["Authorization"] = "Bearer " .. tokens[party], ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("created")
    bad = bad + thread:get("refused")
  end
  io.write(string.format("RESULT requests=%d created=%d other=%d socket_errors=%d duration_s=%.1f rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, ok, bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
