-- POST /api/v1/track {number, phone}: the customer's progress lookup without login (kiosk, SMS links),
-- over random (number, phone) pairs of the data set. The server runs with --public-rate-limit 0.
local common = dofile(os.getenv("GP_BENCH_LUA") .. "/common.lua")
local samples = common.lines(os.getenv("GP_TRACK_SAMPLES"))
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
request = function()
  local s = samples[math.random(#samples)]
  return wrk.format("POST", "/api/v1/track", { ["Content-Type"] = "application/json" },
                    '{"number":"' .. s[1] .. '","phone":"' .. s[2] .. '"}')
end
done = common.done
