/**
 * Mutations whose messages used to mislead: an unbalanced quote (reported as a bad birth date), a
 * misspelt header, Latin-1 declared UTF-8 and the reverse, REDCap problems without field or value,
 * and plan errors found only once the data passed.
 */

import { redcapText } from "../raw_editor.ts";
import { type Mutation, need, setCell } from "../mutation.ts";

export const MISLEADING_MESSAGES: Mutation[] = [
  {
    name: "an unbalanced quote before a birth date",
    covers: "unbalanced-quote",
    async apply({ editor }) {
      const cell = await editor.cell("S10", "patients", 1, "birth_date");
      await editor.editText(
        "S10",
        "patients.tsv",
        (t) => t.replace(`\t${cell.text}\t`, `\t"${cell.text}\t`),
      );
      return {
        site: "S10",
        file: "patients.tsv",
        row: cell.row,
        column: cell.column.replace(/ \(.*\)$/, ""),
        found: `"${cell.text}`,
        rule: "unbalanced-quote",
      };
    },
  },
  {
    name: "a quoted field with text after its closing quote",
    covers: "unbalanced-quote",
    async apply({ editor }) {
      const cell = await editor.cell("S08", "lines", 2, "regimen");
      await editor.editText(
        "S08",
        "behandling.csv",
        (t) => t.replace(`;${cell.text};`, `;"${cell.text}" x;`),
      );
      return {
        site: "S08",
        file: "behandling.csv",
        row: cell.row,
        column: cell.column.replace(/ \(.*\)$/, ""),
        found: `"${cell.text}" x`,
        rule: "unbalanced-quote",
      };
    },
  },
  {
    name: "a misspelt header",
    covers: "missing-column",
    async apply({ editor }) {
      await editor.editText(
        "S09",
        "pazienti.csv",
        (t) => t.replace("data_diagnosi", "data_diagnsoi"),
      );
      return {
        site: "S09",
        file: "pazienti.csv",
        row: "row 1",
        column: '"data_diagnosi" (diagnosis_date)',
        found: "data_diagnsoi",
        rule: "missing-column",
      };
    },
  },
  {
    name: "a header renamed beyond recognition",
    covers: "missing-column",
    async apply({ editor }) {
      const { table } = await editor.tableSpec("S07", "lines");
      const column = table.columns.regimen;
      await editor.editText(
        "S07",
        "ccs_treatments.csv",
        (t) => t.replace(column, "Treatment given"),
      );
      return {
        site: "S07",
        file: "ccs_treatments.csv",
        row: "row 1",
        column: `"${column}" (regimen)`,
        found: null,
        rule: "missing-column",
      };
    },
  },
  {
    name: "a Latin-1 file declared UTF-8",
    covers: "encoding",
    async apply({ editor, raw }) {
      const cell = await editor.cell("S09", "lines", 1, "regimen");
      const path = `${raw}/S09/linee.csv`;
      const text = new TextDecoder().decode(await Deno.readFile(path));
      const edited = text.replace(cell.text, `${cell.text}é`);
      await Deno.writeFile(path, Uint8Array.from(edited, (ch) => ch.charCodeAt(0)));
      return {
        site: "S09",
        file: "linee.csv",
        row: cell.row,
        column: cell.column.replace(/ \(.*\)$/, ""),
        found: `${cell.text}é`,
        rule: "encoding",
      };
    },
  },
  {
    name: "a UTF-8 file declared Latin-1",
    covers: "encoding",
    async apply({ editor, raw }) {
      const path = `${raw}/S02/patients.csv`;
      const text = await editor.text("S02", "patients.csv");
      await Deno.writeFile(path, new TextEncoder().encode(text));
      const header = text.split(/\r?\n/)[0] ?? "";
      const column =
        header.split(";").find((name) => [...name].some((ch) => ch.charCodeAt(0) > 0x7f)) ?? "";
      return {
        site: "S02",
        file: "patients.csv",
        row: "row 1",
        column: `"${column}"`,
        found: column,
        rule: "encoding",
      };
    },
  },
  {
    name: "a replacement character left by an earlier conversion",
    covers: "encoding",
    async apply({ editor }) {
      const cell = await editor.cell("S08", "lines", 1, "regimen");
      await editor.editText(
        "S08",
        "behandling.csv",
        (t) => t.replace(cell.text, `${cell.text}\uFFFD`),
      );
      return {
        site: "S08",
        file: "behandling.csv",
        row: cell.row,
        column: cell.column.replace(/ \(.*\)$/, ""),
        found: `${cell.text}\uFFFD`,
        rule: "encoding",
      };
    },
  },
  {
    name: "a byte-order mark the spec does not announce",
    covers: "encoding",
    async apply({ editor }) {
      await editor.editSpec("S03", (spec) => {
        spec.files[1].bom = false;
      });
      return { site: "S03", file: "lines.txt", row: "", column: "", rule: "encoding" };
    },
  },
  {
    name: "a REDCap value that is a number, not text",
    covers: "malformed-row",
    async apply({ editor }) {
      const file = "CCS_WSN_export.json";
      const records = JSON.parse(await editor.text("S04", file)) as Record<string, unknown>[];
      const record = need(records[2], "record");
      record.fecha_dx = 19910210;
      await editor.writeText("S04", file, redcapText(records));
      return {
        site: "S04",
        file,
        row: "record 3",
        column: '"fecha_dx"',
        found: "19910210",
        rule: "malformed-row",
      };
    },
  },
  {
    name: "a REDCap record that no table selects",
    covers: "malformed-row",
    async apply({ editor }) {
      const file = "CCS_WSN_export.json";
      const records = JSON.parse(await editor.text("S04", file)) as Record<string, string>[];
      const index = records.findIndex((r) => r.redcap_repeat_instrument === "treatment_line");
      need(records[index], "line record").redcap_repeat_instrument = "surgery";
      await editor.writeText("S04", file, redcapText(records));
      return {
        site: "S04",
        file,
        row: `record ${index + 1}`,
        column: '"redcap_repeat_instrument"',
        found: 'redcap_repeat_instrument = "surgery"',
        rule: "malformed-row",
      };
    },
  },
  {
    name: "a REDCap code the spec does not know",
    covers: "unknown-code",
    apply: ({ editor }) => setCell(editor, "S04", "patients", 4, "sex", "9", "unknown-code"),
  },
  {
    name: "a REDCap export that is not valid JSON",
    covers: "unreadable-file",
    async apply({ editor }) {
      await editor.editText("S04", "CCS_WSN_export.json", (t) => t.replace("},\n{", "}\n{"));
      return {
        site: "S04",
        file: "CCS_WSN_export.json",
        row: "line 3",
        column: "",
        rule: "unreadable-file",
      };
    },
  },
  {
    name: "a plan error while the data pass",
    covers: "invalid-plan",
    async apply({ usePlan }) {
      await usePlan((plan) => {
        plan.dataCutoff = "2021-13-01";
      });
      return {
        site: "",
        file: "plan.json",
        row: "option dataCutoff",
        column: "",
        found: "2021-13-01",
        rule: "invalid-plan",
      };
    },
  },
  {
    name: "a plan that downgrades a rule that may not be downgraded",
    covers: "invalid-plan",
    async apply({ usePlan }) {
      await usePlan((plan) => {
        plan.plausibility.warnOnly = ["after-data-cutoff"];
      });
      return {
        site: "",
        file: "plan.json",
        row: "option plausibility.warnOnly",
        column: "",
        found: '["after-data-cutoff"]',
        rule: "invalid-plan",
      };
    },
  },
  {
    name: "a data cut-off before the therapy window ends",
    covers: "invalid-plan",
    async apply({ usePlan }) {
      await usePlan((plan) => {
        plan.dataCutoff = "2020-12-31";
      });
      return {
        site: "",
        file: "plan.json",
        row: "option eligibility.therapyWindow.to",
        column: "",
        found: "2021-05-31",
        rule: "invalid-plan",
      };
    },
  },
];
