-- wrk script for one everyday call: sends the bearer token (TOKEN) and prints one
-- RESULT line: req/s, p50 and p99 (ms), and the answers that were not 2xx/304.
local token = os.getenv("TOKEN") or ""
-- What a browser sends (the web app's calls carry it); ACCEPT_ENCODING="" sends none.
local encoding = os.getenv("ACCEPT_ENCODING") or "gzip, deflate, br, zstd"
local failures = 0

request = function()
  local headers = { ["Authorization"] = "Bearer " .. token }
  if encoding ~= "" then headers["Accept-Encoding"] = encoding end
  return wrk.format("GET", wrk.path, headers)
end

response = function(status)
  if status >= 400 then failures = failures + 1 end
end

done = function(summary, latency)
  -- Threads keep their own counters; the errors wrk counts itself include non-2xx/3xx statuses.
  local rps = summary.requests / (summary.duration / 1e6)
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", rps, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
