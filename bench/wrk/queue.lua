-- GET /api/v1/applications?status=open&page=N: a staff queue page (urgency order, 20 rows), as the
-- caller of GP_TOKEN, over random pages 1..GP_PAGES.
local common = dofile(os.getenv("GP_BENCH_LUA") .. "/common.lua")
local token = os.getenv("GP_TOKEN")
local pages = tonumber(os.getenv("GP_PAGES") or "10")
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
request = function()
  return wrk.format("GET", "/api/v1/applications?status=open&page=" .. math.random(pages),
                    { ["Authorization"] = "Bearer " .. token })
end
done = common.done
