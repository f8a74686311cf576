-- wrk script of bench/gateway/run --mode authenticated: every request carries the bearer token the run keeps fresh
-- in the file $ACDE_BENCH_TOKEN_FILE (re-read every 500 requests per thread, so a token refreshed mid-run is picked
-- up well before the old one expires); without that variable the requests go out anonymous, through the same script.
local file = os.getenv("ACDE_BENCH_TOKEN_FILE")
local sent, headers = 0, {}

local function load()
  local f = assert(io.open(file, "r"))
  headers["Authorization"] = "Bearer " .. f:read("*l")
  f:close()
end

request = function()
  if file and file ~= "" and sent % 500 == 0 then load() end
  sent = sent + 1
  return wrk.format(nil, nil, headers)
end
