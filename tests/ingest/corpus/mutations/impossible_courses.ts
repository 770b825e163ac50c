/**
 * Mutations that make a patient's course impossible or implausible: events after the last contact
 * or after death, before the diagnosis or in the wrong order; a vital status its date contradicts;
 * a cohort that no patient enters; no site at all.
 */

import { patientOf, shift } from "../course.ts";
import { formatDate } from "../raw_editor.ts";
import { aliveLine, course, deadLine, type Mutation, need, setCell, setDate } from "../mutation.ts";

export const IMPOSSIBLE_COURSES: Mutation[] = [
  {
    name: "a last contact before a line starts",
    covers: "event-after-last-contact",
    async apply({ editor }) {
      // A patient no other site reports: the latest last contact of any site counts.
      const c = await course(editor, "S09");
      const line = aliveLine(c);
      const p = patientOf(c, line);
      const start = String(line.values.start_date);
      await setDate(editor, c, "patients", p.index, "last_contact_date", shift(start, -1), "");
      const cell = await line.cell("start_date");
      return {
        site: "S09",
        file: cell.file,
        row: cell.row,
        column: cell.column,
        found: cell.text,
        rule: "event-after-last-contact",
      };
    },
  },
  {
    name: "an assessment after the last contact of an alive patient",
    covers: "event-after-last-contact",
    async apply({ editor }) {
      const c = await course(editor, "S02");
      const a = need(
        c.assessments.findLast((a) => patientOf(c, a).values.vital_status === "alive"),
        "assessment of an alive patient",
      );
      const last = String(patientOf(c, a).values.last_contact_date);
      return setDate(
        editor,
        c,
        "assessments",
        a.index,
        "assessment_date",
        shift(last, 3),
        "event-after-last-contact",
      );
    },
  },
  {
    name: "an assessment before birth",
    covers: "assessment-before-diagnosis",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const a = need(c.assessments[0], "assessment");
      return setDate(
        editor,
        c,
        "assessments",
        a.index,
        "assessment_date",
        "1930-01-01",
        "assessment-before-diagnosis",
      );
    },
  },
  {
    name: "an assessment a month before the diagnosis",
    covers: "assessment-before-diagnosis",
    async apply({ editor }) {
      const c = await course(editor, "S09");
      const a = need(c.assessments[0], "assessment");
      const diagnosis = String(patientOf(c, a).values.diagnosis_date);
      return setDate(
        editor,
        c,
        "assessments",
        a.index,
        "assessment_date",
        shift(diagnosis, -30),
        "assessment-before-diagnosis",
      );
    },
  },
  {
    name: "an assessment after death",
    covers: "event-after-death",
    async apply({ editor }) {
      const c = await course(editor, "S02");
      const a = need(
        c.assessments.find((a) => patientOf(c, a).values.vital_status === "dead"),
        "assessment of a dead patient",
      );
      const death = String(patientOf(c, a).values.death_date);
      return setDate(
        editor,
        c,
        "assessments",
        a.index,
        "assessment_date",
        shift(death, 20),
        "event-after-death",
      );
    },
  },
  {
    name: "a line ending after death",
    covers: "event-after-death",
    async apply({ editor }) {
      const c = await course(editor, "S07");
      const line = deadLine(c);
      const death = String(patientOf(c, line).values.death_date);
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "end_date",
        shift(death, 10),
        "event-after-death",
      );
    },
  },
  {
    name: "a progression after death (pipe-delimited, title rows)",
    covers: "event-after-death",
    async apply({ editor }) {
      const c = await course(editor, "S06");
      const line = deadLine(c);
      const death = String(patientOf(c, line).values.death_date);
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "progression_date",
        shift(death, 1),
        "event-after-death",
      );
    },
  },
  {
    name: "a line starting after death",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S10");
      const line = deadLine(c);
      const death = String(patientOf(c, line).values.death_date);
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "start_date",
        shift(death, 5),
        "impossible-order",
      );
    },
  },
  {
    name: "a last contact after death",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S09");
      const p = need(c.patients.find((p) => p.values.vital_status === "dead"), "dead patient");
      return setDate(
        editor,
        c,
        "patients",
        p.index,
        "last_contact_date",
        shift(String(p.values.death_date), 30),
        "impossible-order",
      );
    },
  },
  {
    name: "advanced disease before the diagnosis",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S06");
      const p = need(c.patients.find((p) => p.values.advanced_date !== null), "advanced");
      return setDate(
        editor,
        c,
        "patients",
        p.index,
        "advanced_date",
        shift(String(p.values.diagnosis_date), -40),
        "impossible-order",
      );
    },
  },
  {
    name: "a diagnosis before birth",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S07");
      const p = need(c.patients[0], "patient");
      const cell = await p.cell("birth_date");
      const diagnosis = String(p.values.diagnosis_date);
      await cell.set(String(formatDate(shift(diagnosis, 365), c.dateFormat("patients"))));
      const at = await p.cell("diagnosis_date");
      return {
        site: "S07",
        file: at.file,
        row: at.row,
        column: at.column,
        found: at.text,
        rule: "impossible-order",
      };
    },
  },
  {
    name: "a line starting before the diagnosis",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const line = need(c.lines[0], "line");
      const diagnosis = String(patientOf(c, line).values.diagnosis_date);
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "start_date",
        shift(diagnosis, -10),
        "impossible-order",
      );
    },
  },
  {
    name: "a line ending before it starts",
    covers: "impossible-order",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const line = need(c.lines.find((l) => l.values.end_date !== null), "ended line");
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "end_date",
        shift(String(line.values.start_date), -1),
        "impossible-order",
      );
    },
  },
  {
    name: "a line for advanced disease before advanced disease was diagnosed",
    covers: "line-before-advanced-disease",
    async apply({ editor }) {
      const c = await course(editor, "S09");
      const line = need(
        c.lines.find((l) => {
          const p = patientOf(c, l);
          return p.values.advanced_date !== null &&
            String(p.values.diagnosis_date) < shift(String(l.values.start_date), -20);
        }),
        "line with room before it",
      );
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "start_date",
        shift(String(patientOf(c, line).values.advanced_date), -15),
        "line-before-advanced-disease",
      );
    },
  },
  {
    name: "a dead patient without a date of death",
    covers: "missing-required",
    async apply({ editor }) {
      const c = await course(editor, "S06");
      const p = need(c.patients.find((p) => p.values.vital_status === "dead"), "dead patient");
      return setCell(editor, "S06", "patients", p.index, "death_date", "", "missing-required");
    },
  },
  {
    name: "an alive patient with a date of death",
    covers: "inconsistent-value",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const p = need(c.patients.find((p) => p.values.vital_status === "alive"), "alive patient");
      return setDate(
        editor,
        c,
        "patients",
        p.index,
        "death_date",
        String(p.values.last_contact_date),
        "inconsistent-value",
      );
    },
  },
  {
    name: "no patient meets the inclusion criteria",
    covers: "empty-cohort",
    async apply({ editor, raw }) {
      for await (const entry of Deno.readDir(raw)) {
        if (entry.isDirectory && entry.name !== "S10") {
          await Deno.remove(`${raw}/${entry.name}`, { recursive: true });
        }
      }
      const c = await course(editor, "S10");
      for (const p of c.patients) await (await p.cell("molecular_confirmation")).set("N");
      return { site: "", file: "", row: "", column: "", rule: "empty-cohort" };
    },
  },
  {
    name: "an empty raw folder",
    covers: "no-site",
    async apply({ raw }) {
      for await (const entry of Deno.readDir(raw)) {
        await Deno.remove(`${raw}/${entry.name}`, { recursive: true });
      }
      return { site: "", file: "", row: "", column: "", rule: "no-site" };
    },
  },
];
