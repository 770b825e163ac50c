/**
 * What every committed notebook must be: cleared of outputs (so a diff shows code only), set up
 * for the Deno kernel, free of what only the kernel or only the run test provides, and importing
 * the pipeline's own modules for the stage it explores; and every stage has one.
 */

import assert from "node:assert/strict";
import { STAGES } from "../../pipeline/stages.ts";
import { cellSource, NOTEBOOK_FOLDER, notebookNames, readNotebook } from "./_notebooks.ts";

const names = await notebookNames();
const notebooks = await Promise.all(
  names.map(async (name) => ({ name, notebook: await readNotebook(name) })),
);

/** Cell metadata that records when a cell ran: a diff of it is noise. */
const RUN_METADATA = ["execution", "ExecuteTime"];

Deno.test("every notebook is committed with its outputs cleared and no record of a run", () => {
  assert.ok(notebooks.length > 0, `expected notebooks in ${NOTEBOOK_FOLDER}/`);
  for (const { name, notebook } of notebooks) {
    notebook.cells.forEach((cell, i) => {
      const where = `${name}, cell ${i + 1}`;
      if (cell.cell_type === "code") {
        assert.deepEqual(cell.outputs, [], `${where} has outputs: clear them before committing`);
        assert.equal(cell.execution_count, null, `${where} has an execution count`);
      }
      for (const key of RUN_METADATA) {
        assert.ok(!(key in cell.metadata), `${where} has run metadata "${key}"`);
      }
    });
  }
});

Deno.test("every notebook is set up for the Deno kernel", () => {
  for (const { name, notebook } of notebooks) {
    assert.equal(notebook.nbformat, 4, `${name}: nbformat`);
    assert.deepEqual(
      notebook.metadata.kernelspec,
      { display_name: "Deno", language: "typescript", name: "deno" },
      `${name}: kernelspec`,
    );
    assert.deepEqual(
      Object.keys(notebook.metadata).sort(),
      ["kernelspec", "language_info"],
      `${name}: notebook metadata other than the kernel's`,
    );
  }
});

Deno.test("no notebook cell uses what only the kernel or only the test provides", () => {
  for (const { name, notebook } of notebooks) {
    notebook.cells.forEach((cell, i) => {
      if (cell.cell_type !== "code") return;
      const source = cellSource(cell);
      // import.meta is invalid in a kernel cell; Deno.jupyter exists only inside the kernel.
      for (const construct of ["import.meta", "Deno.jupyter"]) {
        assert.ok(!source.includes(construct), `${name}, cell ${i + 1} uses ${construct}`);
      }
    });
  }
});

Deno.test("every pipeline stage has a notebook that imports that stage's own modules", () => {
  const explored = new Map<string, string[]>();
  for (const { name, notebook } of notebooks) {
    const intro = notebook.cells.find((cell) => cell.cell_type === "markdown");
    const stage = /^Stage: `([a-z]+)`/m.exec(intro ? cellSource(intro) : "")?.[1];
    assert.ok(stage, `${name}: its first Markdown cell must name its stage ("Stage: \`name\`")`);
    const code = notebook.cells.filter((c) => c.cell_type === "code").map(cellSource).join("\n");
    assert.match(
      code,
      new RegExp(`from "\\.\\./pipeline/${stage}/`),
      `${name} explores stage ${stage} but imports none of its modules`,
    );
    explored.set(stage, [...explored.get(stage) ?? [], name]);
  }
  const stages = STAGES.map((s) => s.name);
  assert.deepEqual([...explored.keys()].filter((s) => !stages.includes(s)), [], "unknown stages");
  assert.deepEqual(stages.filter((s) => !explored.has(s)), [], "stages without a notebook");
});

Deno.test("the notebooks' README names every notebook", async () => {
  const readme = await Deno.readTextFile(`${NOTEBOOK_FOLDER}/README.md`);
  for (const name of names) assert.ok(readme.includes(name), `README.md does not name ${name}`);
});
