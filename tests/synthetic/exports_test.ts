import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import { csvParseRows, dsvFormat } from "d3-dsv";
import { readTree } from "./_files.ts";

const raw = await readTree("data/raw");
const specs = [...raw.keys()].filter((p) => p.endsWith("/site.json")).map((path) => ({
  folder: path.split("/")[0]!,
  spec: JSON.parse(strFromU8(raw.get(path)!)),
}));

interface FileSpec {
  path: string;
  format: string;
  encoding?: string;
  bom?: boolean;
  delimiter?: string;
  dictionary?: string;
  decimalMark: string;
  dateFormat: string;
  tables: {
    table: string;
    sheet?: string;
    headerRow?: number;
    columns: Record<string, string>;
    codes?: Record<string, Record<string, string>>;
  }[];
}

const files = (): { folder: string; file: FileSpec }[] =>
  specs.flatMap(({ folder, spec }) => (spec.files as FileSpec[]).map((file) => ({ folder, file })));

/** Source fields and their allowed common values, read from the codebook's tables. */
async function codebookFields(): Promise<Map<string, Map<string, string[] | null>>> {
  const text = await Deno.readTextFile("data/codebook.md");
  const section = text.slice(
    text.indexOf("## Source fields"),
    text.indexOf("## Common data model"),
  );
  const tables = new Map<string, Map<string, string[] | null>>();
  let current: Map<string, string[] | null> | undefined;
  for (const line of section.split("\n")) {
    const heading = /^### Source table `(\w+)`/.exec(line);
    if (heading) tables.set(heading[1]!, current = new Map());
    const row = /^\| `([a-z_]+)`\s*\|[^|]*\|\s*([^|]*?)\s*\|(.*)\|$/.exec(line);
    if (row && current) {
      const codes = [...row[3]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      current.set(row[1]!, row[2]!.trim() === "code" ? codes : null);
    }
  }
  return tables;
}

Deno.test("data/raw holds every export format the issue lists, under 1 MB in all", () => {
  const all = files().map(({ file }) => file);
  const has = (label: string, test: (f: FileSpec) => boolean) =>
    assert.ok(all.some(test), `no ${label}`);
  has(
    "UTF-8 CSV with ISO dates",
    (f) =>
      f.format === "delimited" && f.encoding === "utf-8" && f.delimiter === "," &&
      f.dateFormat === "YYYY-MM-DD",
  );
  has(
    "semicolon Latin-1 CSV with DD/MM/YYYY and decimal commas",
    (f) =>
      f.format === "delimited" && f.encoding === "latin1" && f.delimiter === ";" &&
      f.dateFormat === "DD/MM/YYYY" &&
      f.decimalMark === ",",
  );
  has(
    "tab-separated text with US dates and a BOM",
    (f) =>
      f.format === "delimited" && f.delimiter === "\t" && f.dateFormat === "MM/DD/YYYY" &&
      f.bom === true,
  );
  has(
    "REDCap JSON export with a dictionary",
    (f) => f.format === "redcap" && f.dictionary !== undefined,
  );
  has(
    "xlsx workbook with sheets for patients, lines and assessments",
    (f) =>
      f.format === "xlsx" &&
      ["patients", "lines", "assessments"].every((t) =>
        f.tables.some((x) => x.table === t && x.sheet)
      ),
  );
  const total = [...raw.values()].reduce((sum, bytes) => sum + bytes.length, 0);
  assert.ok(total < 1_000_000, `data/raw holds ${total} bytes`);
});

Deno.test("the Latin-1 export has accented names and is not valid UTF-8", () => {
  const { folder, file } = files().find(({ file }) => file.encoding === "latin1")!;
  const bytes = raw.get(`${folder}/${file.path}`)!;
  assert.ok(bytes.some((b) => b >= 0xc0), "accented letters above 0xC0");
  assert.ok(!bytes.some((b) => b >= 0x80 && b <= 0x9f), "no C1 control bytes");
  assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  assert.match(new TextDecoder("latin1").decode(bytes), /Fictif-\S*[éèïôç]/);
});

Deno.test("every file of a site folder is claimed by its site.json, and only README.md lies outside", () => {
  const claimed = new Set(
    files().flatMap(({ folder, file }) =>
      [file.path, file.dictionary].filter((p) => p !== undefined).map((p) => `${folder}/${p}`)
    ),
  );
  for (const path of raw.keys()) {
    if (path === "README.md" || path.endsWith("/site.json")) continue;
    assert.ok(claimed.has(path), `${path} is not claimed by its site.json`);
  }
  for (const path of claimed) assert.ok(raw.has(path), `${path} is claimed but missing`);
  assert.deepEqual(specs.map((s) => s.folder), specs.map((s) => s.spec.site));
  assert.equal(specs.length, 10);
});

Deno.test("every mapped field is a codebook source field and every code maps to a common value", async () => {
  const codebook = await codebookFields();
  for (const { folder, file } of files()) {
    for (const table of file.tables) {
      const fields = codebook.get(table.table);
      assert.ok(fields, `${folder}: unknown table ${table.table}`);
      for (const field of Object.keys(table.columns)) {
        assert.ok(fields.has(field), `${folder}: ${field} in ${table.table}`);
      }
      for (const [field, codes] of Object.entries(table.codes ?? {})) {
        const allowed = fields.get(field);
        assert.ok(allowed, `${folder}: codes for ${field}, which is not coded`);
        for (const common of Object.values(codes)) {
          assert.ok(allowed.includes(common), `${folder}: ${field} = ${common}`);
        }
      }
    }
  }
});

Deno.test("every mapped column exists in its file's header row (or REDCap dictionary)", () => {
  for (const { folder, file } of files()) {
    const bytes = raw.get(`${folder}/${file.path}`)!;
    for (const table of file.tables) {
      const header = headerOf(file, table, bytes, raw.get(`${folder}/${file.dictionary}`));
      for (const column of Object.values(table.columns)) {
        assert.ok(
          header.includes(column),
          `${folder}/${file.path}: no column "${column}" in ${header.join(", ")}`,
        );
      }
    }
  }
});

function headerOf(
  file: FileSpec,
  table: FileSpec["tables"][number],
  bytes: Uint8Array,
  dictionary?: Uint8Array,
): string[] {
  if (file.format === "delimited") {
    const body = file.bom ? bytes.subarray(3) : bytes;
    const text = new TextDecoder(file.encoding === "latin1" ? "latin1" : "utf-8").decode(body);
    return dsvFormat(file.delimiter!).parseRows(text)[(table.headerRow ?? 1) - 1] ?? [];
  }
  if (file.format === "redcap") {
    return csvParseRows(new TextDecoder().decode(dictionary)).slice(1).map((row) => row[0]!);
  }
  const parts = unzipSync(bytes);
  const strings = [...strFromU8(parts["xl/sharedStrings.xml"]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)]
    .map((m) => m[1]!);
  const names = [...strFromU8(parts["xl/workbook.xml"]!).matchAll(/<sheet name="([^"]+)"/g)].map((
    m,
  ) => m[1]!);
  const sheet = strFromU8(parts[`xl/worksheets/sheet${names.indexOf(table.sheet!) + 1}.xml`]!);
  const row = new RegExp(`<row r="${table.headerRow ?? 1}">(.*?)</row>`).exec(sheet)?.[1] ?? "";
  return [...row.matchAll(/<v>(\d+)<\/v>/g)].map((m) => strings[Number(m[1])]!);
}

Deno.test("the annex says the data are synthetic and lists every planted exclusion", () => {
  const annex = strFromU8(raw.get("README.md")!);
  assert.match(annex, /\*\*Every record in this folder is synthetic\.\*\*/);
  for (
    const reason of [
      "not_molecularly_confirmed",
      "no_systemic_therapy_for_advanced_disease",
      "treated_outside_study_window",
      "duplicate_row",
      "referral_merged",
    ]
  ) assert.match(annex, new RegExp(`\\| ${reason} \\|`));
  assert.match(annex, /## Reported best response that disagrees with the measurements/);
});

Deno.test("the duplicate patients row is an exact copy of the row above it", () => {
  const text = strFromU8(raw.get("S07/ccs_patients.csv")!);
  const lines = text.split("\r\n");
  const repeats = lines.filter((line, i) => i > 0 && line !== "" && line === lines[i - 1]);
  assert.equal(repeats.length, 1);
});
