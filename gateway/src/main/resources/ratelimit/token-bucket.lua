-- One rate-limit decision in one round trip: TokenBucket.java's arithmetic on Redis's clock, so every gateway
-- replica agrees on the time. KEYS[1] holds when the bucket is full again (microseconds, Redis time) and expires then:
-- a full bucket is no key at all. ARGV[1]: limit; ARGV[2]: microseconds per token.
-- Returns {consumed (1/0), tokens remaining, microseconds until the next token, microseconds until full}.
local limit = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local from = math.max(tonumber(redis.call('GET', KEYS[1])) or now, now)
local nextFull = from + interval
if nextFull - now > limit * interval then
  return {0, 0, nextFull - limit * interval - now, from - now}
end
redis.call('SET', KEYS[1], string.format('%.0f', nextFull), 'PX', math.ceil((nextFull - now) / 1000))
return {1, math.floor((limit * interval - (nextFull - now)) / interval), 0, nextFull - now}
