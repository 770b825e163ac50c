import assert from "node:assert/strict";
import { definitionOf, STATISTICS } from "../../../pipeline/_shared/contracts/stats_ids.ts";

/** Every leaf id of a stats.json value (lists of text are leaves, like `fusion_most_common`). */
function leafIds(value: unknown, prefix = ""): string[] {
  if (value !== null && typeof value === "object" && !isTextList(value)) {
    return Object.entries(value).flatMap(([k, v]) =>
      leafIds(v, prefix === "" ? k : `${prefix}.${k}`)
    );
  }
  return [prefix];
}

function isTextList(value: object): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json"));

Deno.test("every id of the committed stats.json has a definition in the catalogue", () => {
  const ids = leafIds(stats);
  assert.ok(ids.length > 1000, `${ids.length} ids`);
  assert.deepEqual(ids.filter((id) => definitionOf(id) === undefined), []);
});

Deno.test("every entry of the catalogue describes ids that the committed stats.json has", () => {
  const ids = leafIds(stats);
  const used = new Set(ids.map((id) => definitionOf(id)!.definition.id));
  assert.deepEqual(STATISTICS.map((d) => d.id).filter((id) => !used.has(id)), []);
});

Deno.test("definitionOf takes the longest pattern and reads the placeholders", () => {
  const found = definitionOf("response.by_regimen.sunitinib.orr.n");
  assert.equal(found?.definition.id, "response.by_regimen.<regimen>");
  assert.deepEqual(found?.params, { regimen: "sunitinib" });
  assert.equal(definitionOf("response.all_lines.orr.n")?.definition.id, "response.all_lines");
  assert.equal(definitionOf("no.such.id"), undefined);
});

Deno.test("each entry's records can be selected from its dataset", () => {
  const adtte = [
    { PARAMCD: "PFS", REGIMEN: "sunitinib", LINE: "4", REGCLASS: "vegfr-tki" },
    { PARAMCD: "PFS", REGIMEN: "pazopanib", LINE: "1", REGCLASS: "vegfr-tki" },
    { PARAMCD: "OS", REGIMEN: "", LINE: "" },
  ];
  const selected = (id: string) => {
    const { definition, params } = definitionOf(id)!;
    return adtte.filter(definition.select!(params)).length;
  };
  assert.equal(selected("pfs.sunitinib.median"), 1);
  assert.equal(selected("pfs_by_class.vegfr-tki.n"), 2);
  assert.equal(selected("pfs_by_line.4+.events"), 1);
  assert.equal(selected("os.median"), 1);
});
