/**
 * The generator's internal cohort: the "truth" from which every site export is written. Values are
 * the common values of `data/codebook.md`; dates are ISO strings. A patient may be reported by
 * more than one site ({@linkcode SiteRecord}), and the exports show each site's view of it.
 *
 * @module
 */

export type Sex = "M" | "F";
export type PrimarySite = "aponeurosis" | "limb" | "trunk" | "head_neck" | "visceral_gi" | "other";
export type Stage = "localised" | "locally_advanced" | "metastatic";
export type Fusion = "EWSR1-ATF1" | "EWSR1-CREB1" | "EWSR1-rearranged" | "not_tested" | "negative";
export type Response = "CR" | "PR" | "SD" | "PD" | "NE";
export type Nontarget = "CR" | "non-CR/non-PD" | "PD" | "NE" | "none";
export type ReasonStopped =
  | "progression"
  | "toxicity"
  | "completed"
  | "death"
  | "patient_choice"
  | "other"
  | "ongoing";
export type VitalStatus = "alive" | "dead";
/** How much a site says about tumour response (codebook, source table `assessments`). */
export type DetailLevel = "measurements" | "timepoints" | "best";
/** Why a screened record is not an included patient (codebook, table `exclusions`). */
export type ExclusionReason =
  | "not_molecularly_confirmed"
  | "no_systemic_therapy_for_advanced_disease"
  | "treated_outside_study_window"
  | "duplicate_row"
  | "referral_merged";

/** One tumour assessment; `timepoint` is null for the baseline. */
export interface Assessment {
  date: string;
  targetSum: number;
  nodalSum: number | null;
  nodalMax: number | null;
  nontarget: Nontarget;
  newLesions: boolean;
  timepoint: Response | null;
}

/** One line of systemic therapy. */
export interface Line {
  setting: "advanced" | "perioperative";
  /** Normalised regimen (data/vocabulary/regimens.csv). */
  regimen: string;
  startDate: string;
  endDate: string | null;
  reasonStopped: ReasonStopped | null;
  /** Best overall response as RECIST 1.1 gives it from the assessments; null if perioperative. */
  bestResponse: Response | null;
  /** What the site reports; differs from `bestResponse` only in documented cases. */
  reportedBestResponse: Response | null;
  progressionDate: string | null;
  /** Baseline first (when any), then the assessments after the start, in date order. */
  assessments: Assessment[];
}

/** One patient as the generator knows them. */
export interface Patient {
  /** Internal key, never exported. */
  key: string;
  familyName: string;
  givenName: string;
  sex: Sex;
  birthDate: string;
  diagnosisDate: string;
  primarySite: PrimarySite;
  stage: Stage;
  molecularConfirmation: "yes" | "no";
  fusion: Fusion;
  advancedDate: string | null;
  lastContactDate: string;
  vitalStatus: VitalStatus;
  deathDate: string | null;
  /** Every line, perioperative ones included, in order of start. */
  lines: Line[];
  /** Null for an included patient. */
  exclusion: ExclusionReason | null;
}

/** One line as a site reports it. */
export interface ReportedLine {
  line: Line;
  /** The site's own line number. */
  number: number;
  /** The regimen as the site writes it. */
  regimenText: string;
  /** False when the site repeats a line given elsewhere (its assessments stay there). */
  withAssessments: boolean;
}

/** One site's record of a patient: what one row of its patients file says. */
export interface SiteRecord {
  site: string;
  caseId: string;
  patient: Patient;
  familyName: string;
  givenName: string;
  hospitalNumber: string;
  lastContactDate: string;
  vitalStatus: VitalStatus;
  deathDate: string | null;
  lines: ReportedLine[];
  /** The patients row is written twice (a planted duplicate). */
  duplicateRow: boolean;
  /** Why this record does not become an included patient of its own; null if it does. */
  exclusion: ExclusionReason | null;
  /** A free-text remark some sites keep in an unmapped column. */
  remark: string;
}

/** A site of the cohort and the export layout it uses. */
export interface SiteAssignment {
  site: string;
  layout: string;
}

/** Everything the exports are written from. */
export interface Cohort {
  seed: number;
  calibrated: boolean;
  sites: SiteAssignment[];
  patients: Patient[];
  records: SiteRecord[];
}
