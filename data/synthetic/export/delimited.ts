/**
 * Delimited text with RFC 4180 quoting: a field is quoted when it holds the delimiter, a quote or a
 * line break (or always, for sites whose software quotes every field), and quotes are doubled.
 *
 * @module
 */

/** How a site's software writes delimited text. */
export interface DelimitedOptions {
  delimiter: "," | ";" | "\t" | "|";
  lineEnd: "\n" | "\r\n";
  /** Quote every non-empty field. */
  quoteAll?: boolean;
}

/** The text of `rows` (each a list of fields), ending with a line end. */
export function toDelimited(
  rows: readonly (readonly string[])[],
  options: DelimitedOptions,
): string {
  const special = new RegExp(`["\\r\\n${options.delimiter === "|" ? "\\|" : options.delimiter}]`);
  const quote = (field: string): string =>
    (options.quoteAll && field !== "") || special.test(field)
      ? `"${field.replaceAll('"', '""')}"`
      : field;
  return rows.map((row) => row.map(quote).join(options.delimiter)).join(options.lineEnd) +
    options.lineEnd;
}
