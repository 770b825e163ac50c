/**
 * Mutations that put hostile or unclaimed files in the raw folder: named pipes (which hung the run),
 * sparse files of gigabytes (read in full only to be refused), zip bombs posing as workbooks, links,
 * folders, and broken site specs.
 */

import { bombWorkbook } from "../zip_bomb.ts";
import { GIB, type Mutation, sparseFile } from "../mutation.ts";

export const HOSTILE_FILES: Mutation[] = [
  {
    name: "a named pipe in a site folder",
    covers: "not-a-regular-file",
    async apply({ raw, makeFifo }) {
      await makeFifo(`${raw}/S01/notes.txt`);
      return { site: "S01", file: "notes.txt", row: "", column: "", rule: "not-a-regular-file" };
    },
  },
  {
    name: "a named pipe where a claimed export should be",
    covers: "not-a-regular-file",
    async apply({ raw, makeFifo }) {
      await Deno.remove(`${raw}/S09/pazienti.csv`);
      await makeFifo(`${raw}/S09/pazienti.csv`);
      return { site: "S09", file: "pazienti.csv", row: "", column: "", rule: "not-a-regular-file" };
    },
  },
  {
    name: "a named pipe beside the site folders",
    covers: "not-a-regular-file",
    async apply({ raw, makeFifo }) {
      await makeFifo(`${raw}/incoming`);
      return { site: "", file: "incoming", row: "", column: "", rule: "not-a-regular-file" };
    },
  },
  {
    name: "a stray 4 GiB file in a site folder",
    covers: "unclaimed-file",
    async apply({ raw }) {
      await sparseFile(`${raw}/S03/backup.dump`, 4 * GIB);
      return { site: "S03", file: "backup.dump", row: "", column: "", rule: "unclaimed-file" };
    },
  },
  {
    name: "a claimed export of 4 GiB",
    covers: "file-too-large",
    async apply({ raw }) {
      await sparseFile(`${raw}/S10/patients.tsv`, 4 * GIB);
      return { site: "S10", file: "patients.tsv", row: "", column: "", rule: "file-too-large" };
    },
  },
  {
    name: "a site.json of 100 MiB",
    covers: "file-too-large",
    async apply({ raw }) {
      await sparseFile(`${raw}/S08/site.json`, 100 * 1024 ** 2);
      return { site: "S08", file: "site.json", row: "", column: "", rule: "file-too-large" };
    },
  },
  {
    name: "a zip bomb: a referenced sheet that declares 2 GiB",
    covers: "part-too-large",
    async apply({ editor }) {
      const path = editor.path("S05", "CCS_export_Testdam.xlsx");
      await Deno.writeFile(path, bombWorkbook(await Deno.readFile(path), "honest"));
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "",
        column: "",
        rule: "part-too-large",
      };
    },
  },
  {
    name: "a zip bomb whose directory lies: a sheet declaring 1 KiB that inflates to 100 MiB",
    covers: "part-too-large",
    async apply({ editor }) {
      const path = editor.path("S05", "CCS_export_Testdam.xlsx");
      await Deno.writeFile(path, bombWorkbook(await Deno.readFile(path), "lying"));
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "",
        column: "",
        rule: "part-too-large",
      };
    },
  },
  {
    name: "a zip bomb declaring just under the part limit and inflating to 100 MiB",
    covers: "part-too-large",
    async apply({ editor }) {
      const path = editor.path("S05", "CCS_export_Testdam.xlsx");
      await Deno.writeFile(path, bombWorkbook(await Deno.readFile(path), "lying-near-limit"));
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "",
        column: "",
        rule: "part-too-large",
      };
    },
  },
  {
    name: "a workbook cut short",
    covers: "unreadable-file",
    async apply({ editor }) {
      const path = editor.path("S05", "CCS_export_Testdam.xlsx");
      const bytes = await Deno.readFile(path);
      await Deno.writeFile(path, bytes.subarray(0, bytes.length - 200));
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "",
        column: "",
        rule: "unreadable-file",
      };
    },
  },
  {
    name: "a workbook without the sheet its spec names",
    covers: "missing-sheet",
    async apply({ editor }) {
      await editor.editSpec("S05", (spec) => {
        spec.files[0].tables[1].sheet = "Behandellijnen 2";
      });
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "Behandellijnen 2!",
        column: "",
        rule: "missing-sheet",
      };
    },
  },
  {
    name: "a symbolic link in a site folder",
    covers: "symlink",
    async apply({ raw, makeSymlink }) {
      await makeSymlink("/etc/hostname", `${raw}/S02/extra.csv`);
      return { site: "S02", file: "extra.csv", row: "", column: "", rule: "symlink" };
    },
  },
  {
    name: "a sub-folder in a site folder",
    covers: "unclaimed-file",
    async apply({ raw }) {
      await Deno.mkdir(`${raw}/S06/old exports`);
      return { site: "S06", file: "old exports", row: "", column: "", rule: "unclaimed-file" };
    },
  },
  {
    name: "a file beside the site folders",
    covers: "unclaimed-file",
    async apply({ raw }) {
      await Deno.writeTextFile(`${raw}/notes.csv`, "a,b\n");
      return { site: "", file: "notes.csv", row: "", column: "", rule: "unclaimed-file" };
    },
  },
  {
    name: "a site folder without site.json",
    covers: "invalid-site-spec",
    async apply({ raw }) {
      await Deno.remove(`${raw}/S07/site.json`);
      return { site: "S07", file: "site.json", row: "", column: "", rule: "invalid-site-spec" };
    },
  },
  {
    name: "a site.json that is not JSON",
    covers: "invalid-site-spec",
    async apply({ raw }) {
      await Deno.writeTextFile(`${raw}/S09/site.json`, '{"site": "S09",');
      return { site: "S09", file: "site.json", row: "", column: "", rule: "invalid-site-spec" };
    },
  },
];
