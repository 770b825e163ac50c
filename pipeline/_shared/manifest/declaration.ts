/**
 * A stage's declaration evaluated for one run, in the plain form the manifest keeper receives:
 * every declared input and output twice, as the machine path this run uses and as the portable
 * path the manifest records (`<out>/stats.json` rather than `/tmp/x/stats.json`).
 *
 * The portable paths come from the stage's own declaration, evaluated with placeholders instead of
 * folders, so that nothing here lists files: a stage that declares a new output is covered.
 *
 * @module
 */

import type { RunPaths } from "../run_paths.ts";
import type { StageSpec } from "../stage.ts";

/** The placeholders that stand for the run's folders in the manifest. */
export const PATH_PLACEHOLDERS: Readonly<RunPaths> = Object.freeze({
  raw: "<raw>",
  interim: "<interim>",
  out: "<out>",
  plan: "<plan>",
});

/** A declared path: as this run uses it, and as the manifest records it. */
export interface DeclaredPath {
  path: string;
  template: string;
}

/** A stage as the manifest keeper sees it. */
export interface StageDeclaration {
  name: string;
  /** The stage's entry module, relative to the project root. */
  module: string;
  inputs: (DeclaredPath & { madeBy: string })[];
  /** Files, or folders ending in "/". */
  outputs: DeclaredPath[];
}

/** `stage`'s declaration for the run in `paths`. */
export function declareStage(stage: StageSpec, paths: RunPaths): StageDeclaration {
  const inputs = stage.inputs(paths);
  const inputTemplates = stage.inputs(PATH_PLACEHOLDERS);
  const outputs = stage.outputs(paths);
  const outputTemplates = stage.outputs(PATH_PLACEHOLDERS);
  if (inputs.length !== inputTemplates.length || outputs.length !== outputTemplates.length) {
    throw new TypeError(
      `stage ${stage.name}: expected its declared inputs and outputs to depend on the run's ` +
        `folders only, but their number changes with them`,
    );
  }
  return {
    name: stage.name,
    module: stage.module,
    inputs: inputs.map((artefact, i) => ({
      path: artefact.path,
      template: inputTemplates[i]!.path,
      madeBy: artefact.madeBy,
    })),
    outputs: outputs.map((path, i) => ({ path, template: outputTemplates[i]! })),
  };
}

/** Whether a declared path is a folder (it ends in "/"). */
export function isFolderPath(path: string): boolean {
  return path.endsWith("/");
}
