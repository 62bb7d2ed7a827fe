// The decisions page: polls the state document and renders it; the try-it form posts to /try.
// Everything is written with textContent, never innerHTML: origins and paths come from requests.
"use strict";

const base = document.body.dataset.base;
let last = 0;
let capacity = 200;

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderPolicies(policies) {
  const box = document.getElementById("policies");
  const select = document.querySelector("select[name=policy]");
  const chosen = select.value;
  box.replaceChildren();
  select.replaceChildren();
  for (const policy of policies) {
    const div = document.createElement("div");
    div.className = "policy";
    const title = document.createElement("h3");
    title.textContent = policy.name;
    const list = document.createElement("dl");
    for (const setting of policy.settings) {
      const dt = document.createElement("dt");
      dt.textContent = setting.label.replace(/:$/, "");
      const dd = document.createElement("dd");
      dd.textContent = setting.value;
      list.append(dt, dd);
    }
    div.append(title, list);
    box.append(div);
    const option = new Option(policy.name, policy.name === "(default)" ? "" : policy.name);
    select.append(option);
  }
  select.value = chosen;
  if (policies.length === 0) box.textContent = "No policy is configured: every cross-origin request is refused.";
}

function renderSources(sources) {
  const body = document.querySelector("#sources tbody");
  body.replaceChildren();
  for (const source of sources) {
    const row = body.insertRow();
    cell(row, source.key, "origin");
    cell(row, source.value, "origin");
    cell(row, source.source);
  }
  document.getElementById("no-sources").hidden = sources.length > 0;
}

function renderReload(reload) {
  const line = document.getElementById("reload");
  if (!reload) { line.textContent = "Not reloaded since start."; return; }
  const when = new Date(reload.time).toLocaleTimeString();
  line.textContent = reload.accepted
    ? `Last reload at ${when}: accepted.`
    : `Last reload at ${when}: rejected, the previous policy stays in force. ${reload.problems.join(" ")}`;
  line.className = reload.accepted ? "" : "error";
}

function renderDecisions(decisions) {
  const body = document.querySelector("#decisions tbody");
  for (const d of decisions) {
    const row = body.insertRow(0);
    row.dataset.sequence = d.sequence;
    row.dataset.outcome = d.outcome;
    cell(row, new Date(d.time).toLocaleTimeString());
    cell(row, d.kind);
    cell(row, d.method + (d.requestedHeaders ? ` [${d.requestedHeaders}]` : ""));
    cell(row, d.path, "path");
    cell(row, d.origin, "origin");
    cell(row, d.allowed ? "allowed" : "refused", d.allowed ? "allowed" : "refused");
    cell(row, d.reason);
    cell(row, d.fix);
    last = Math.max(last, d.sequence);
  }
  while (body.rows.length > capacity) body.deleteRow(body.rows.length - 1);
  document.getElementById("no-decisions").hidden = body.rows.length > 0;
}

async function poll() {
  try {
    const response = await fetch(`${base}/state?after=${last}`, { cache: "no-store" });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const state = await response.json();
    capacity = state.capacity;
    document.getElementById("capacity").textContent = `(the last ${capacity} are kept)`;
    renderPolicies(state.policies);
    renderSources(state.sources);
    renderReload(state.reload);
    renderDecisions(state.decisions);
    document.getElementById("status").textContent = `live, updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    document.getElementById("status").textContent = `not connected: ${error.message}`;
  }
  setTimeout(poll, 1000);
}

function show(result) {
  const box = document.getElementById("result");
  box.replaceChildren();
  const add = (tag, text, className) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    box.append(element);
    return element;
  };
  if (result.error) { add("p", result.error, "error"); return; }
  add("p", result.verdict === "allowed" ? "ALLOWED" : "BLOCKED", `verdict ${result.verdict}`).id = "try-verdict";
  add("p", result.sameOrigin
    ? "Same-origin request: CORS does not apply."
    : result.preflight ? `Preflight first: ${result.preflightReasons.join("; ")}` : "No preflight: a simple request.");
  if (result.droppedHeaders.length) add("p", `Dropped by the browser: ${result.droppedHeaders.join(", ")}`);
  if (result.message) add("p", result.message).id = "try-message";
  if (result.fix) add("p", `Fix: ${result.fix}`).id = "try-fix";
  for (const step of result.steps) {
    add("h4", `${step.kind}: ${step.passed ? "passed" : "failed"}`);
    add("pre", `${step.request}\n\n${step.response}`);
    for (const note of step.notes) add("p", note);
  }
}

document.getElementById("try").addEventListener("submit", async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = {
    origin: form.get("origin"), method: form.get("method"), path: form.get("path"),
    headers: form.get("headers"), credentials: form.get("credentials") === "on", policy: form.get("policy") || null,
  };
  try {
    const response = await fetch(`${base}/try`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    show(await response.json());
  } catch (error) {
    show({ error: `the try failed: ${error.message}` });
  }
});

poll();
