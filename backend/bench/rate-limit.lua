-- wrk script for the rate limit benchmark: GETs one path (PATH), with a bearer token when
-- TOKEN is set, and prints one RESULT line: p50/p95/p99 (ms), throughput, and the answers
-- other than 2xx (the 429s of a client over its limit), wrk's connection errors apart.
-- RATE (requests per second, all CONNS connections together) paces the requests: each
-- connection waits CONNS/RATE seconds between them (latency is measured without the wait).
local token = os.getenv("TOKEN") or ""
local rate = tonumber(os.getenv("RATE") or "0")
local conns = tonumber(os.getenv("CONNS") or "1")
local path = os.getenv("TARGET") or "/q/health/live"
local headers = {}
if token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end

if rate > 0 then
  delay = function()
    return conns * 1000 / rate
  end
end

request = function()
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.0f requests=%d non2xx=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000), summary.requests, summary.errors.status, failures))
end
