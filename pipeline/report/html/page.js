// The HTML report's behaviour, embedded in the page by the report stage: each printed number
// (`.num`) and each statistic named by the certificate (`.lineage-link`) opens the panel that
// shows its lineage, read from the JSON the stage embedded (`#lineage-data`): the value at full
// precision, its meaning, the code that computed it, the plan options, the same median under every
// CI method, and the records behind it with their raw site, file and row. A click, Enter or Space
// opens it; Escape or the close button returns to the number. `#why=<id>` opens an id on load.
// No network, no storage, no other script: the page works from a file:// address.
"use strict";

(() => {
  const data = JSON.parse(document.getElementById("lineage-data").textContent);
  const panel = document.getElementById("lineage");
  const body = panel.querySelector(".lineage-body");
  const title = document.getElementById("lineage-title");
  let trigger = null;

  /** An element with attributes and children (text or nodes). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  const json = (value) => JSON.stringify(value);

  /** Text whose spans in backticks become code elements. */
  function withCode(text) {
    return text.split("`").map((piece, i) => i % 2 === 1 ? el("code", null, piece) : piece);
  }

  function optionsList(options) {
    if (options.length === 0) return "none";
    return el(
      "ul",
      null,
      ...options.map(([option, value]) =>
        el("li", null, el("code", null, option), " = ", el("code", null, json(value)))
      ),
    );
  }

  function relatedTable(id, related) {
    return el(
      "table",
      { class: "lineage-related" },
      el("caption", null, "The median and its interval under every method (months)"),
      el(
        "thead",
        null,
        el("tr", null, el("th", { scope: "col" }, "id"), el("th", { scope: "col" }, "value")),
      ),
      el(
        "tbody",
        null,
        ...related.map(([other, value]) =>
          el(
            "tr",
            other === id || id.startsWith(other + ".") ? { class: "is-current" } : null,
            el("th", { scope: "row" }, el("code", null, other)),
            el("td", null, json(value)),
          )
        ),
      ),
    );
  }

  function recordsTable(population) {
    return el(
      "table",
      { class: "lineage-records" },
      el("caption", null, "Each record and the raw rows behind it"),
      el(
        "thead",
        null,
        el(
          "tr",
          null,
          el("th", { scope: "col" }, "subject"),
          el("th", { scope: "col" }, "record"),
          el("th", { scope: "col" }, "raw site/file and row"),
        ),
      ),
      el(
        "tbody",
        null,
        ...population.map((index) => {
          const [subject, key, sources] = data.records[index];
          const raw = el("td", { class: "lineage-sources" });
          sources.forEach((source, i) => raw.append(...(i === 0 ? [] : [el("br")]), source));
          return el("tr", null, el("th", { scope: "row" }, subject), el("td", null, key), raw);
        }),
      ),
    );
  }

  function render(id, from) {
    const entry = data.ids[id];
    if (entry === undefined) {
      return [el("p", null, "No lineage was recorded for ", el("code", null, id), ".")];
    }
    const definition = data.definitions[entry.definition];
    const list = el("dl");
    const row = (term, ...description) =>
      list.append(el("dt", null, term), el("dd", null, ...description));
    row("Id", el("code", { class: "lineage-id" }, id));
    if (from !== null && from.classList.contains("num")) row("Printed", from.textContent);
    row("Value", el("code", { class: "lineage-value" }, json(entry.value)));
    row("Meaning", ...withCode(definition.meaning));
    row("Computed by", el("code", null, definition.computedBy));
    row("Plan options", optionsList(definition.planOptions));
    row("Records", el("code", null, definition.dataset), ": ", definition.filter);
    const parts = [list];
    if (entry.related.length > 0) parts.push(relatedTable(id, entry.related));
    const population = entry.population === null ? [] : data.populations[entry.population];
    const count = entry.records === 0
      ? "No dataset records stand behind this value."
      : population.length === 0
      ? `${entry.records} records of ${entry.subjects} subjects: too many to list here; ` +
        `deno task why ${id} lists them with the raw rows behind each.`
      : `${population.length} records of ${entry.subjects} subjects, with the raw rows behind each:`;
    parts.push(el("p", { class: "lineage-count" }, count));
    if (population.length > 0) parts.push(recordsTable(population));
    return parts;
  }

  function open(id, from) {
    if (trigger !== null) trigger.classList.remove("is-active");
    trigger = from;
    if (trigger !== null) trigger.classList.add("is-active");
    body.replaceChildren(...render(id, from));
    panel.dataset.id = id;
    panel.hidden = false;
    document.body.classList.add("lineage-open");
    body.scrollTop = 0;
    title.focus();
  }

  function close() {
    panel.hidden = true;
    document.body.classList.remove("lineage-open");
    if (trigger !== null) {
      trigger.classList.remove("is-active");
      trigger.focus();
    }
    trigger = null;
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element
      ? event.target.closest(".num, .lineage-link")
      : null;
    if (target === null) return;
    event.preventDefault();
    open(target.dataset.id, target);
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) {
      close();
      return;
    }
    const target = event.target;
    if (
      target instanceof Element && target.classList.contains("num") &&
      (event.key === "Enter" || event.key === " ")
    ) {
      event.preventDefault();
      open(target.dataset.id, target);
    }
  });

  panel.querySelector(".lineage-close").addEventListener("click", close);

  if (location.hash.startsWith("#why=")) {
    const id = decodeURIComponent(location.hash.slice("#why=".length));
    open(id, document.querySelector(`.num[data-id="${CSS.escape(id)}"]`));
  }
})();
