// The inspector page: renders each state the emulator streams (server-sent events), polling as a fallback.
"use strict";

const $ = (id) => document.getElementById(id);

function when(value) {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return new Date(value * 1000).toISOString().replace(".000Z", "Z");
  return String(value);
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  if (className) td.className = className;
  return td;
}

function fill(tbody, rows, columns, attributes) {
  const fresh = document.createElement("tbody");
  fresh.id = tbody.id;
  if (!rows.length) {
    const tr = document.createElement("tr");
    const td = cell("none yet", "empty");
    td.colSpan = columns(null).length;
    tr.appendChild(td);
    fresh.appendChild(tr);
  }
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const [name, value] of Object.entries(attributes ? attributes(row) : {})) tr.dataset[name] = value;
    for (const td of columns(row)) tr.appendChild(td);
    fresh.appendChild(tr);
  }
  tbody.replaceWith(fresh);
}

function legs(call) {
  const td = document.createElement("td");
  const list = document.createElement("ul");
  list.className = "legs";
  for (const leg of call.legs || []) {
    const item = document.createElement("li");
    item.textContent = `${leg.party ?? "?"}: ${leg.state ?? "?"}`;
    item.dataset.leg = String(leg.party ?? "");
    item.dataset.state = String(leg.state ?? "");
    list.appendChild(item);
  }
  td.appendChild(list);
  return td;
}

function render(state) {
  $("clock-now").textContent = state.clock.now;
  $("clock-now").dataset.time = String(state.clock.time);
  $("clock-mode").textContent = state.clock.frozen ? "(frozen)" : "(running)";
  const blank = () => [cell(""), cell(""), cell(""), cell(""), cell(""), cell("")];
  fill($("calls-body"), state.calls,
    (c) => (c ? [cell(c.api), cell(c.tenant), cell(c.id), cell(c.state, "state"), legs(c), cell(when(c.started_at))] : blank()),
    (c) => ({ call: `${c.api}/${c.tenant}/${c.id}`, state: String(c.state) }));
  fill($("timeline-body"), state.timeline.pending,
    (e) => (e ? [cell(when(e.due)), cell(e.topic), cell(e.key)] : [cell(""), cell(""), cell("")]),
    (e) => ({ topic: e.topic }));
  const failures = $("failures");
  failures.replaceChildren(...state.timeline.failures.map((text) => {
    const item = document.createElement("li");
    item.className = "fault";
    item.textContent = text;
    return item;
  }));
  fill($("deliveries-body"), state.deliveries,
    (d) => (d
      ? [cell(d.id), cell(d.api), cell(d.kind), cell(`${d.method} ${d.url}`), cell(d.state, "state"),
         cell(d.response_status ?? d.error ?? "")]
      : blank()),
    (d) => ({ delivery: String(d.id), state: String(d.state) }));
  fill($("journal-body"), state.journal,
    (j) => (j
      ? [cell(j.id), cell(when(j.at)), cell(j.api), cell(j.operation ?? ""), cell(`${j.method} ${j.path}`),
         cell(j.fault ? `${j.status ?? "—"} (fault ${j.fault.id}: ${j.fault.action})` : j.status, j.fault ? "fault" : ""),
         cell(j.duration_ms)]
      : [cell(""), cell(""), cell(""), cell(""), cell(""), cell(""), cell("")]),
    (j) => ({ entry: String(j.id), operation: String(j.operation ?? "") }));
  fill($("faults-body"), state.faults,
    (f) => (f
      ? [cell(f.id), cell(f.target),
         cell([f.api, f.operation, f.method, f.path].filter(Boolean).join(" ") || "everything"),
         cell(f.action), cell(f.count === null ? f.fired : `${f.fired} / ${f.count}`)]
      : [cell(""), cell(""), cell(""), cell(""), cell("")]),
    null);
}

function connected(live) {
  const status = $("connection");
  status.dataset.state = live ? "live" : "lost";
  status.textContent = live ? "live" : "reconnecting…";
}

function poll() {
  fetch("/_emulator/ui/state", { cache: "no-store" })
    .then((response) => response.json())
    .then(render)
    .catch(() => connected(false))
    .finally(() => setTimeout(poll, 1000));
}

if (window.EventSource) {
  const source = new EventSource("/_emulator/ui/events");
  source.addEventListener("state", (event) => { connected(true); render(JSON.parse(event.data)); });
  source.onerror = () => connected(false);  // EventSource reconnects by itself
} else {
  poll();
}
