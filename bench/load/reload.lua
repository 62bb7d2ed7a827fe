-- Traffic while appsettings.json flips between policy A and policy B (and invalid versions that must be rejected).
-- reload.sh runs one connection per wrk thread, so the last request a thread built is the one being answered: each
-- answer is checked against what A and B each say about that exact request, and must match one of them entirely.
package.path = "./?.lua;" .. package.path
local tally = require("tally")

local A, B, BOTH, EVIL = "https://a.example.com", "https://b.example.com", "https://both.example.com", "https://evil.example.net"

-- For each request: what policy A and policy B answer. nil = no CORS headers (actual) or a bare 403 (preflight).
-- expose/method name the policy, so an answer mixing A's origin with B's lists is caught.
local kinds = {
  { "GET", "/echo", { Origin = BOTH }, a = { origin = BOTH, expose = "X-Policy-A" }, b = { origin = BOTH, expose = "X-Policy-B" } },
  { "GET", "/echo", { Origin = A }, a = { origin = A, expose = "X-Policy-A" }, b = nil },
  { "GET", "/echo", { Origin = B }, a = nil, b = { origin = B, expose = "X-Policy-B" } },
  { "GET", "/echo", { Origin = EVIL }, a = nil, b = nil },
  { "GET", "/", {}, a = nil, b = nil },
  { "OPTIONS", "/echo", { Origin = BOTH, ["Access-Control-Request-Method"] = "GET" },
    a = { origin = BOTH, method = "PUT" }, b = { origin = BOTH, method = "PATCH" } },
  { "OPTIONS", "/echo", { Origin = A, ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "x-a" },
    a = { origin = A, method = "PUT" }, b = nil },
  { "OPTIONS", "/echo", { Origin = B, ["Access-Control-Request-Method"] = "PATCH", ["Access-Control-Request-Headers"] = "x-b" },
    a = nil, b = { origin = B, method = "PATCH" } },
  { "OPTIONS", "/echo", { Origin = BOTH, ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "x-a" },
    a = { origin = BOTH, method = "PUT" }, b = nil },
  { "OPTIONS", "/echo", { Origin = EVIL, ["Access-Control-Request-Method"] = "GET" }, a = nil, b = nil },
}

local requests = {}
local current = 0

function setup(thread) tally.setup(thread) end

function init(args)
  tally.init()
  for i, kind in ipairs(kinds) do
    requests[i] = wrk.format(kind[1], kind[2], kind[3])
  end
  current = math.random(#kinds) - 1 -- threads start at different kinds
end

function request()
  current = current % #requests + 1
  return requests[current]
end

-- Does the answer match what one policy says for this request (nil = that policy refuses it)?
local function matches(kind, expected, status, headers)
  local allow = tally.header(headers, "Access-Control-Allow-Origin")
  local methods = tally.header(headers, "Access-Control-Allow-Methods")
  local expose = tally.header(headers, "Access-Control-Expose-Headers")
  local preflight = kind[1] == "OPTIONS"
  if expected == nil then
    return allow == nil and methods == nil and expose == nil and status == (preflight and 403 or 200)
  end
  if allow ~= expected.origin or status ~= (preflight and 204 or 200) then
    return false
  end
  if preflight then
    return methods ~= nil and string.find(methods, expected.method, 1, true) ~= nil
  end
  return expose == expected.expose
end

function response(status, headers, body)
  tally.status(status)
  local kind = kinds[current]
  local described = kind[1] .. " " .. (kind[3].Origin or "no-origin") .. " " .. (kind[3]["Access-Control-Request-Method"] or "")
  if not (matches(kind, kind.a, status, headers) or matches(kind, kind.b, status, headers)) then
    tally.wrong(described .. " answered " .. status .. " ACAO=" .. tostring(tally.header(headers, "Access-Control-Allow-Origin"))
      .. " ACAM=" .. tostring(tally.header(headers, "Access-Control-Allow-Methods"))
      .. " ACEH=" .. tostring(tally.header(headers, "Access-Control-Expose-Headers")))
  end
  -- /echo describes the request it got: proves the answer belongs to the request this thread sent last.
  if kind[1] == "GET" and kind[2] == "/echo" and not string.find(body, '"' .. kind[3].Origin .. '"', 1, true) then
    tally.wrong(described .. ": the answer is for another request")
  end
  if not string.find(tally.header(headers, "Vary") or "", "Origin", 1, true) then
    tally.wrong(described .. " answered without Vary: Origin")
  end
end

function done(summary, latency, requests)
  tally.done(summary, { ["200"] = true, ["204"] = true, ["403"] = true })
end
