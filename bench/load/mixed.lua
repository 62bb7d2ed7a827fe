-- Mixed CORS traffic against CorsKit.Server configured with one trusted origin (see run.sh).
-- Every answer is checked on its own: the trusted origin is the only one ever named, preflights are 204 with it or a
-- bare 403, and every answer carries Vary: Origin.
package.path = "./?.lua;" .. package.path
local tally = require("tally")

local trusted = "https://app.example.com"
local kinds = {
  { method = "GET", path = "/", headers = { ["Origin"] = trusted } },
  { method = "GET", path = "/", headers = { ["Origin"] = "https://evil.example.net" } },
  { method = "OPTIONS", path = "/", headers = { ["Origin"] = trusted, ["Access-Control-Request-Method"] = "DELETE",
      ["Access-Control-Request-Headers"] = "authorization,content-type" } },
  { method = "OPTIONS", path = "/", headers = { ["Origin"] = "https://evil.example.net", ["Access-Control-Request-Method"] = "DELETE" } },
  { method = "GET", path = "/", headers = {} },
}

local requests = {}
local next_kind = 0

function setup(thread) tally.setup(thread) end

function init(args)
  tally.init()
  for i, kind in ipairs(kinds) do
    requests[i] = wrk.format(kind.method, kind.path, kind.headers)
  end
end

function request()
  next_kind = next_kind % #requests + 1
  return requests[next_kind]
end

function response(status, headers, body)
  tally.status(status)
  local allow = tally.header(headers, "Access-Control-Allow-Origin")
  local vary = tally.header(headers, "Vary") or ""
  if allow ~= nil and allow ~= trusted then
    tally.wrong("status " .. status .. " names origin " .. allow)
  end
  if status == 204 and allow ~= trusted then
    tally.wrong("allowed preflight without the trusted origin")
  end
  if status == 403 and (allow ~= nil or tally.header(headers, "Access-Control-Allow-Methods") ~= nil) then
    tally.wrong("denied preflight carries CORS headers")
  end
  if not string.find(vary, "Origin", 1, true) then
    tally.wrong("status " .. status .. " without Vary: Origin")
  end
end

function done(summary, latency, requests)
  tally.done(summary, { ["200"] = true, ["204"] = true, ["403"] = true })
end
