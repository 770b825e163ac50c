/**
 * The pipeline, in order: ingest → harmonise → derive → statistics → figures → report.
 * Each stage's module declares its own inputs and outputs; this list only fixes the order.
 *
 * @module
 */

import type { StageSpec } from "./_shared/stage.ts";
import { harmonise } from "./harmonise/mod.ts";
import { ingest } from "./ingest/mod.ts";

export const STAGES: StageSpec[] = [ingest, harmonise];
