/**
 * The committed notebooks as the notebook tests read them: their JSON, their code cells, and the
 * module the run test executes (every code cell in order, with a comment naming each cell, so a
 * failing line of the module can be traced back to its cell).
 *
 * @module
 */

import { join } from "node:path";

/** The notebook folder, relative to the project root. */
export const NOTEBOOK_FOLDER = "notebooks";

/** One cell of a notebook (nbformat 4). */
export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  id?: string;
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}

/** A notebook (nbformat 4). */
export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** The file names of the notebooks in `folder`, sorted. */
export async function notebookNames(folder = NOTEBOOK_FOLDER): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort();
}

/** The notebook `name` of `folder`, parsed. */
export async function readNotebook(name: string, folder = NOTEBOOK_FOLDER): Promise<Notebook> {
  return JSON.parse(await Deno.readTextFile(join(folder, name))) as Notebook;
}

/** A cell's source as one string (nbformat stores it as a string or a list of lines). */
export function cellSource(cell: NotebookCell): string {
  return typeof cell.source === "string" ? cell.source : cell.source.join("");
}

/** Where a line of a notebook's module comes from. */
export interface CellLine {
  /** 1-based position of the cell among all cells of the notebook. */
  cell: number;
  /** 1-based line within that cell. */
  line: number;
}

/** The code cells of a notebook joined into one module, and the way back from its lines. */
export interface NotebookModule {
  source: string;
  /** The cell and line of `line` (1-based) of the module; undefined for a separator comment. */
  cellOfLine(line: number): CellLine | undefined;
}

/**
 * The code cells of `notebook`, in order, as one module: what the kernel runs cell after cell,
 * run at once. Each cell is preceded by a comment naming it.
 */
export function notebookModule(name: string, notebook: Notebook): NotebookModule {
  const lines: string[] = [];
  const origins: (CellLine | undefined)[] = [];
  notebook.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    lines.push(`// ${name}, cell ${i + 1}`);
    origins.push(undefined);
    cellSource(cell).split("\n").forEach((text, j) => {
      lines.push(text);
      origins.push({ cell: i + 1, line: j + 1 });
    });
  });
  return {
    source: lines.join("\n") + "\n",
    cellOfLine: (line) => origins[line - 1],
  };
}
