/** The sheets of the fixture workbook of site A04, so tests can rebuild it with one cell changed. */

import type { TestSheet } from "./xlsx_builder.ts";

/** Patients (shared strings) and Lines (inline strings, title on row 1, header on row 2). */
export function fixtureWorkbookSheets(): TestSheet[] {
  const d = (date: string) => ({ date });
  return [
    {
      name: "Patients",
      rows: [
        [
          "ID",
          "Name",
          "Hospital no",
          "Birth date",
          "Gender",
          "Diagnosis date",
          "Primary site",
          "Stage",
          "Molecular",
          "Fusion",
          "Advanced date",
          "Last contact",
          "Status",
          "Death date",
        ],
        [
          11,
          "Testperson Lambda",
          "X-4411",
          d("1992-04-04"),
          "male",
          d("2017-07-07"),
          "limb",
          "metastatic",
          "yes",
          "EWSR1-ATF1",
          d("2017-07-07"),
          d("2020-02-02"),
          "alive",
          "NA",
        ],
        [
          12,
          "Testperson My",
          "X-4412",
          d("1958-11-11"),
          "female",
          d("2019-01-01"),
          "other",
          "locally_advanced",
          "yes",
          "EWSR1-CREB1",
          d("2019-03-01"),
          d("2021-03-03"),
          "dead",
          d("2021-03-03"),
        ],
      ],
    },
    {
      name: "Lines",
      inlineStrings: true,
      rows: [
        ["Treatment lines (fictitious export)"],
        ["ID", "Line", "Regimen", "Start", "End", "Stop reason", "Best response", "PD date"],
        [
          11,
          1,
          "Sunitinib",
          d("2017-08-01"),
          d("2018-01-01"),
          "progression",
          "SD",
          d("2018-01-01"),
        ],
        [11, 2, "Doxorubicin", d("2018-02-01"), d("2018-06-01"), "toxicity", "NE", null],
        [12, 1, "AI", d("2019-03-15"), d("2019-09-01"), "progression", "PD", d("2019-08-20")],
      ],
    },
  ];
}
