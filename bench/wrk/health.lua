-- GET /api/v1/health: the HTTP layer's ceiling (no database work).
local common = dofile(os.getenv("GP_BENCH_LUA") .. "/common.lua")
request = function() return wrk.format("GET", "/api/v1/health") end
done = common.done
