-- Shared by the load scripts (bench/bench.sh runs wrk with -s <script>): reading sample files and
-- one machine-readable summary line per run.
local M = {}

-- Lines of a file, each split on spaces.
function M.lines(path)
  local out = {}
  local f = assert(io.open(path, "r"), "cannot open " .. tostring(path))
  for line in f:lines() do
    local fields = {}
    for w in line:gmatch("%S+") do fields[#fields + 1] = w end
    if #fields > 0 then out[#out + 1] = fields end
  end
  f:close()
  assert(#out > 0, "no samples in " .. path)
  return out
end

-- "BENCH {...}": requests/s, latency percentiles (ms), and every kind of error.
function M.done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    'BENCH {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"mean_ms":%.3f,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d}\n',
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000, e.connect, e.read, e.write, e.status,
    e.timeout))
end

return M
