/**
 * The ingest core on the valid fixture: every site read, identifiers dropped, age computed, the
 * exact duplicate merged and the referred patient linked to the site that treated them first.
 */

import assert from "node:assert/strict";
import { ingestRaw } from "../../pipeline/ingest/ingest_raw.ts";
import { INGEST_COLUMNS } from "../../pipeline/_shared/contracts/ingest_tables.ts";
import { fixtureInputs, loadFixture } from "./fixture.ts";
import { interimRows, interimTablesRows } from "./interim_rows.ts";

async function ingestFixture() {
  const result = ingestRaw(await loadFixture(), await fixtureInputs());
  if (!result.ok) throw new Error(`fixture should ingest: ${JSON.stringify(result.issues)}`);
  return { tables: interimTablesRows(result.tables), rowsRead: result.rowsRead };
}

/** Identifier values planted in the fixture (names, hospital numbers, birth dates in file form). */
const IDENTIFIERS = [
  "Testperson",
  "Alpha",
  "H-1001",
  "1970-03-14",
  "Müller",
  "Zoë",
  "Jürgen",
  "05/05/1975",
  "12/12/1980",
  "1982-02-02",
  "R-3001",
  "Kappa",
  "X-4411",
  "Lambda",
  "1992-04-04",
];

Deno.test("ingest reads every row of every fixture site and reports rows read per file and table", async () => {
  const { tables, rowsRead } = await ingestFixture();
  assert.equal(rowsRead, 41);
  assert.deepEqual(
    tables.rows_read.map((r) => `${r.site} ${r.file} ${r.table} ${r.rows_read}`),
    [
      "A01 patients.csv patients 5",
      "A01 lines.csv lines 7",
      "A01 assessments.tsv assessments 7",
      "A02 pazienti.csv patients 4",
      "A02 linee.csv lines 4",
      "A02 valutazioni.csv assessments 2",
      "A03 export.json patients 2",
      "A03 export.json lines 2",
      "A03 export.json assessments 3",
      "A04 export.xlsx patients 2",
      "A04 export.xlsx lines 3",
    ],
  );
});

Deno.test("ingest drops names, hospital numbers and birth dates, keeping age at diagnosis", async () => {
  const { tables } = await ingestFixture();
  assert.deepEqual(Object.keys(tables.patients[0] ?? {}), [...INGEST_COLUMNS.patients]);
  const text = JSON.stringify(tables);
  for (const identifier of IDENTIFIERS) {
    assert.ok(!text.includes(identifier), `${identifier} leaked`);
  }
  // A01 case 1: born 1970-03-14, diagnosed 2010-05-02 -> 40 completed years.
  assert.equal(tables.patients.find((p) => p.usubjid === "A01-0001")?.age_at_diagnosis, 40);
  // A04 case 12: born 1958-11-11, diagnosed 2019-01-01 (Excel serials) -> 60.
  assert.equal(tables.patients.find((p) => p.usubjid === "A04-0012")?.age_at_diagnosis, 60);
});

Deno.test("ingest merges an exact duplicate row and keeps the first", async () => {
  const { tables } = await ingestFixture();
  assert.deepEqual(tables.merged_rows, [{
    site: "A02",
    file: "pazienti.csv",
    table: "patients",
    row: "row 5",
    case_id: "8",
    reason: "duplicate_row",
    detail: "row 5 repeats row 4 of pazienti.csv exactly",
  }]);
  assert.equal(tables.patients.filter((p) => p.usubjid === "A02-0008").length, 1);
});

Deno.test("a referred patient takes the id of the site that started advanced treatment first", async () => {
  const { tables } = await ingestFixture();
  const referred = tables.patients.filter((p) => p.person === "A01-0005");
  assert.deepEqual(referred.map((p) => p.usubjid), ["A01-0005", "A02-0007"]);
  assert.ok(
    tables.lines.filter((l) => l.usubjid === "A02-0007").every((l) => l.person === "A01-0005"),
  );
  assert.equal(tables.patients.filter((p) => p.person !== p.usubjid).length, 1);
});

Deno.test("the referral's canonical id follows the earliest advanced line, not the site order", async () => {
  const raw = await loadFixture();
  const a01 = raw.sites.find((s) => s.name === "A01");
  const lines = new TextDecoder().decode(a01?.files.get("lines.csv"));
  a01?.files.set(
    "lines.csv",
    new TextEncoder().encode(
      lines.replace(
        "5,1,advanced,Doxorubicin,2014-07-01,2014-12-01",
        "5,1,advanced,Doxorubicin,2014-08-01,2014-12-01",
      ),
    ),
  );
  const result = ingestRaw(raw, await fixtureInputs());
  assert.ok(result.ok);
  assert.deepEqual(
    interimRows(result.tables.patients).filter((p) =>
      p.usubjid === "A01-0005" || p.usubjid === "A02-0007"
    ).map((
      p,
    ) => p.person),
    ["A02-0007", "A02-0007"],
  );
});

Deno.test("regimen texts are normalised through the vocabulary, keeping the text as reported", async () => {
  const { tables } = await ingestFixture();
  const line = tables.lines.find((l) => l.usubjid === "A02-0008");
  assert.equal(line?.regimen_reported, "Adriamycin/Ifo");
  assert.equal(line?.regimen, "doxorubicin-ifosfamide");
  // A04's Lines sheet maps no setting column: lines are for advanced disease, as the codebook says.
  assert.ok(tables.lines.filter((l) => l.site === "A04").every((l) => l.setting === "advanced"));
});

Deno.test("ingest finds the same records whatever order the sites come in", async () => {
  const { tables } = await ingestFixture();
  const raw = await loadFixture();
  raw.sites.reverse();
  const reversed = ingestRaw(raw, await fixtureInputs());
  assert.ok(reversed.ok);
  const key = (r: Record<string, unknown>) => JSON.stringify(r);
  assert.deepEqual(
    interimRows(reversed.tables.patients).map(key).sort(),
    tables.patients.map(key).sort(),
  );
});

Deno.test("pseudonymous ids stay the same when another patient's rows are removed", async () => {
  const { tables } = await ingestFixture();
  const raw = await loadFixture();
  const a01 = raw.sites.find((s) => s.name === "A01")!;
  // Remove A01 case 2: its patient row, its lines and its assessments.
  const without = (file: string, prefix: string) => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(a01.files.get(file));
    const kept = text.split("\n").filter((line) => !line.startsWith(prefix)).join("\n");
    a01.files.set(file, new TextEncoder().encode(kept));
  };
  without("patients.csv", "2,Testperson,Beta");
  without("lines.csv", "2,");
  without("assessments.tsv", "2\t");
  const changed = ingestRaw(raw, await fixtureInputs());
  assert.ok(changed.ok, JSON.stringify(!changed.ok && changed.issues));
  const ids = (rows: readonly Record<string, unknown>[]) =>
    new Set(rows.map((r) => String(r.usubjid)));
  const before = ids(tables.patients);
  const after = ids(interimRows(changed.tables.patients));
  assert.ok(before.has("A01-0002") && !after.has("A01-0002"));
  assert.deepEqual([...after].sort(), [...before].filter((id) => id !== "A01-0002").sort());
});
