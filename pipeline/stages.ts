/**
 * The pipeline, in order: ingest → harmonise → derive → statistics → figures → report.
 * Each stage declares its inputs and outputs in its `spec.ts`; this list only fixes the order.
 * Only the declarations are imported here, so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "./_shared/stage.ts";
import { deriveStage } from "./derive/spec.ts";
import { figuresStage } from "./figures/spec.ts";
import { harmoniseStage } from "./harmonise/spec.ts";
import { ingestStage } from "./ingest/spec.ts";
import { reportStage } from "./report/spec.ts";
import { statisticsStage } from "./statistics/spec.ts";

export const STAGES: StageSpec[] = [
  ingestStage,
  harmoniseStage,
  deriveStage,
  statisticsStage,
  figuresStage,
  reportStage,
];
