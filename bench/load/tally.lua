-- Shared by the wrk scripts: per-thread counters, summed and printed by done() as "key value" lines for run.sh.
local tally = {}

local threads = {}

function tally.setup(thread)
  table.insert(threads, thread)
end

-- Per thread (each wrk thread has its own Lua state): statuses seen, inconsistent answers and a few examples.
function tally.init()
  statuses = {}
  inconsistent = 0
  examples = {}
end

function tally.status(status)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function tally.wrong(what)
  inconsistent = inconsistent + 1
  if #examples < 5 then
    table.insert(examples, what)
  end
end

-- Header names arrive as the server spelled them; CORS names are compared case-insensitively.
function tally.header(headers, name)
  local wanted = string.lower(name)
  for key, value in pairs(headers) do
    if string.lower(key) == wanted then
      return value
    end
  end
  return nil
end

function tally.done(summary, expected)
  local totals, wrong, shown = {}, 0, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
    wrong = wrong + thread:get("inconsistent")
    for _, example in ipairs(thread:get("examples")) do
      if #shown < 10 then table.insert(shown, example) end
    end
  end

  local unexpected = 0
  for status, count in pairs(totals) do
    io.write(string.format("status %s %d\n", status, count))
    if not expected[status] then unexpected = unexpected + count end
  end
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("socket_error_detail connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("unexpected_statuses %d\n", unexpected))
  io.write(string.format("inconsistent %d\n", wrong))
  for _, example in ipairs(shown) do
    io.write("example " .. example .. "\n")
  end
end

return tally
