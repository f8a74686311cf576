-- wrk script for bench/initiatives/read-by-id.sh: every request reads a published initiative by id, picked at random
-- from the file IDS_FILE (one id a line); answers other than 200 are counted and reported on a RESULT line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  ids = {}
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  math.randomseed(os.time() * 1000 + tid)
  ok, other = 0, 0
end

function request()
  return wrk.format("GET", "/api/v1/initiatives/" .. ids[math.random(#ids)])
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local good, bad = 0, 0
  for _, thread in ipairs(threads) do
    good = good + thread:get("ok")
    bad = bad + thread:get("other")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d ok=%d other=%d socket_errors=%d duration_s=%.1f rps=%.1f avg_ms=%.3f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, good, bad, errors, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
