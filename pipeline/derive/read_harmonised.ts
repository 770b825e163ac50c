/**
 * Reads the harmonise stage's tables (`<interim>/harmonise/*.arrow`) as rows of the common data
 * model.
 *
 * @module
 */

import type { HarmonisedData } from "../_shared/contracts/cdm.ts";
import { readTable } from "../_shared/table_io.ts";

/** The harmonised tables in `folder` as rows. */
export async function readHarmonised(folder: string): Promise<HarmonisedData> {
  const rows = async (name: string) => (await readTable(`${folder}/${name}.arrow`)).objects();
  return {
    patients: await rows("patients"),
    lines: await rows("lines"),
    assessments: await rows("assessments"),
    followup: await rows("followup"),
  } as unknown as HarmonisedData;
}
