/**
 * Finds the first quote that breaks RFC 4180 in delimited text, before the text is parsed: a
 * quoted field that is never closed, or whose closing quote is followed by something other than
 * the delimiter or the end of the line. A parser cannot report this itself: an unclosed quote
 * silently swallows the rest of the file into one field, and what then fails (a field count, a
 * birth date) points at the wrong row and the wrong rule. A quote inside an unquoted field (`5"`)
 * is taken literally, as RFC 4180 parsers do, and is not a problem.
 *
 * @module
 */

/** Where the quote problem is: the line its field starts on, the field's index, and what is wrong. */
export interface QuoteProblem {
  /** 1-based line of the field's opening quote. */
  line: number;
  /** 0-based index of the field in its record. */
  field: number;
  /** The field's text from its opening quote to the next delimiter (at most 40 characters). */
  text: string;
  kind: "unclosed" | "text-after-closing-quote";
}

/** The first quote problem of `text` with `delimiter`, or `undefined` when there is none. */
export function findQuoteProblem(text: string, delimiter: string): QuoteProblem | undefined {
  let line = 1;
  let field = 0;
  let i = 0;
  let atFieldStart = true;
  // The field as a person sees it on its line: from the quote to the next delimiter.
  const snippet = (start: number) => {
    const rest = text.slice(start);
    const stops = [rest.search(/\r|\n/), rest.indexOf(delimiter, 1)].filter((i) => i !== -1);
    return rest.slice(0, stops.length > 0 ? Math.min(...stops) : undefined).slice(0, 40);
  };
  while (i < text.length) {
    if (atFieldStart && text[i] === '"') {
      const start = i;
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          return { line: startLine, field, text: snippet(start), kind: "unclosed" };
        }
        const ch = text[i];
        if (ch === '"' && text[i + 1] === '"') i += 2;
        else if (ch === '"') break;
        else {
          if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line += 1;
          i += 1;
        }
      }
      i += 1; // the closing quote
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
        return { line: startLine, field, text: snippet(start), kind: "text-after-closing-quote" };
      }
      atFieldStart = false;
      continue;
    }
    const ch = text[i];
    atFieldStart = false;
    if (ch === delimiter) {
      field += 1;
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      field = 0;
      atFieldStart = true;
    }
    i += 1;
  }
  return undefined;
}
