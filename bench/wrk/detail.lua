-- GET /api/v1/applications/{number}: the detail screen, as a customer manager (Bearer token) over
-- random applications of that manager.
local common = dofile(os.getenv("GP_BENCH_LUA") .. "/common.lua")
local numbers = common.lines(os.getenv("GP_DETAIL_SAMPLES"))
local token = os.getenv("GP_TOKEN")
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
request = function()
  local n = numbers[math.random(#numbers)][1]
  return wrk.format("GET", "/api/v1/applications/" .. n, { ["Authorization"] = "Bearer " .. token })
end
done = common.done
