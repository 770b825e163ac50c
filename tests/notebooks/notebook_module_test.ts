/**
 * The module the notebook run test executes: every code cell in order, nothing else, and a way
 * back from a line of the module to the cell it came from.
 */

import assert from "node:assert/strict";
import { type Notebook, notebookModule } from "./_notebooks.ts";

const notebook: Notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "markdown", metadata: {}, source: ["# Title\n", "const notCode = 1;"] },
    { cell_type: "code", metadata: {}, source: ["const a = 1;\n", "const b = a + 1;"] },
    { cell_type: "raw", metadata: {}, source: "raw text" },
    { cell_type: "code", metadata: {}, source: "b * 2;" },
  ],
};

Deno.test("notebookModule joins the code cells in order and leaves other cells out", () => {
  const { source } = notebookModule("x.ipynb", notebook);
  assert.equal(
    source,
    "// x.ipynb, cell 2\nconst a = 1;\nconst b = a + 1;\n// x.ipynb, cell 4\nb * 2;\n",
  );
});

Deno.test("notebookModule maps a line of the module back to its cell and line", () => {
  const module = notebookModule("x.ipynb", notebook);
  assert.equal(module.cellOfLine(1), undefined, "a separator comment belongs to no cell");
  assert.deepEqual(module.cellOfLine(3), { cell: 2, line: 2 });
  assert.deepEqual(module.cellOfLine(5), { cell: 4, line: 1 });
  assert.equal(module.cellOfLine(9), undefined);
});
