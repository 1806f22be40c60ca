-- wrk script for the worker bench's note pushes (worker/bench/load.ts), run with the arguments
-- `-- TOKEN PATH IDS START_MS`: every request is the extension's push of one new note (a /sync/push
-- body; a replayed id would measure the no-op path), built in LuaJIT so the load generator pays
-- about what it pays for a plain GET.
-- IDS = client: UUIDv7 layout with START_MS as the 48-bit time and a per-thread counter after it,
-- so ids sort in creation order as the extension's do (shared/sync/ids.ts);
-- IDS = random: random v4 UUIDs, as a client that ignores that would send.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local token, path, ids, start
local claim = string.rep("a", 64)
local counter = 0
local headers

function init(args)
  token, path, ids, start = args[1], args[2], args[3] or "client", tonumber(args[4] or "0")
  tid = tid or 0
  math.randomseed(start + tid)
  headers = { ["Authorization"] = "Bearer " .. (token or ""), ["Content-Type"] = "application/json" }
end

local function client_id()
  counter = counter + 1
  return string.format("%08x-%04x-7%03x-8%03x-%012x", math.floor(start / 65536), start % 65536, tid % 4096, 0, counter)
end

local function random_id()
  local r = math.random
  return string.format("%08x-%04x-4%03x-%x%03x-%06x%06x", r(0, 0xffffffff), r(0, 0xffff), r(0, 0xfff), 8 + r(0, 3),
    r(0, 0xfff), r(0, 0xffffff), r(0, 0xffffff))
end

function request()
  local id = ids == "random" and random_id() or client_id()
  return wrk.format("POST", path, headers, '{"notes":[{"id":"' .. id .. '","claimKey":"' .. claim ..
    '","body":{"iv":"AAAAAAAAAAAAAAAA","ct":"c2VhbGVkIG5vdGUgYm9keSBvZiBhIHR5cGljYWwgbGVuZ3Ro"}}]}')
end

dofile("wrk-report.lua")
