-- POST /api/v1/applications: a customer submits a low-voltage residential application (rules
-- evaluated, two events, both managers assigned, notices), as the customer of GP_TOKEN.
local common = dofile(os.getenv("GP_BENCH_LUA") .. "/common.lua")
local token = os.getenv("GP_TOKEN")
local n = 0
request = function()
  n = n + 1
  local body = '{"business":"new_connection","customer_type":"lv_residential","capacity_kw":8,' ..
               '"address":"邾县城关镇压测路' .. n .. '号"}'
  return wrk.format("POST", "/api/v1/applications",
                    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
done = common.done
