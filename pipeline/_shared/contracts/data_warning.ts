/**
 * Data-quality warnings: oddities that do not make the data unusable (an assessment after death,
 * a reported best response that the reported time points contradict). They travel with the
 * interim tables to the data-quality report; they never stop the run.
 *
 * @module
 */

/** One warning, located like an issue. Never holds the value of a direct identifier. */
export interface DataWarning {
  site: string;
  file: string;
  row: string;
  column: string;
  value: string | null;
  rule: string;
  message: string;
}

/** Column order of a warnings table. */
export const WARNING_COLUMNS = [
  "site",
  "file",
  "row",
  "column",
  "value",
  "rule",
  "message",
] as const;
