/**
 * Delimited text to records, fed a piece at a time: the records d3-dsv's `parseRows` gives for the
 * whole text (RFC 4180 quotes, `""` for a quote inside quotes, `\n`, `\r\n` or `\r` line ends, a
 * quote inside an unquoted field taken literally), each with the line it starts on, counted as
 * `read_delimited.ts` counts (one per record, plus the line breaks inside its quoted fields). A
 * record may span pieces; a piece is scanned once, whatever the length of the record.
 *
 * A quote that breaks RFC 4180 (never closed, or followed by text after it closes: what
 * `quote_check.ts` finds) throws {@linkcode NeedsWholeFile}: the caller then reads the file whole,
 * as before, to report it where it opens.
 *
 * @module
 */

import { NeedsWholeFile } from "./text_stream.ts";

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/** Receives each record: its fields, unquoted, and the line it starts on (1-based). */
export type RecordVisitor = (fields: string[], line: number) => void;

/** A splitter of delimited text into records. */
export interface DelimitedRecords {
  /** Splits `text`, the next piece of the file. */
  push(text: string): void;
  /** Ends the file: the last record, if it has no line end. */
  finish(): void;
}

/** A splitter for `delimiter` (one character) calling `visit` with each record in order. */
export function delimitedRecords(delimiter: string, visit: RecordVisitor): DelimitedRecords {
  const separator = delimiter.charCodeAt(0);
  let buffer = "";
  // The record being read: its fields so far, where its current field starts and where the
  // scan of that field goes on, and the line breaks inside its quoted fields so far.
  let fields: string[] = [];
  let fieldStart = 0;
  let scan = 0;
  let breaks = 0;
  let line = 1;

  const endRecord = (next: number) => {
    visit(fields, line);
    line += 1 + breaks;
    fields = [];
    breaks = 0;
    fieldStart = next;
    scan = next;
  };

  /** Reads fields from `fieldStart`; false when the piece ends before the record can go on. */
  const step = (final: boolean): boolean => {
    const length = buffer.length;
    if (buffer.charCodeAt(fieldStart) === QUOTE && fieldStart < length) {
      let close = Math.max(scan, fieldStart + 1);
      for (;;) {
        close = buffer.indexOf('"', close);
        if (close === -1) {
          if (final) throw new NeedsWholeFile("a quote that is never closed");
          scan = length;
          return false;
        }
        if (close + 1 === length && !final) {
          scan = close; // a quote at the end of the piece may be the first of `""`
          return false;
        }
        if (buffer.charCodeAt(close + 1) === QUOTE) close += 2;
        else break;
      }
      const after = buffer.charCodeAt(close + 1);
      if (after === RETURN && close + 2 === length && !final) {
        scan = close;
        return false; // `\r` at the end of the piece may be the first half of `\r\n`
      }
      const value = buffer.slice(fieldStart + 1, close).replaceAll('""', '"');
      breaks += lineBreaks(value);
      fields.push(value);
      if (close + 1 >= length) {
        endRecord(length);
        return true;
      }
      if (after === separator) {
        fieldStart = scan = close + 2;
        return true;
      }
      if (after === NEWLINE) endRecord(close + 2);
      else if (after === RETURN) {
        endRecord(buffer.charCodeAt(close + 2) === NEWLINE ? close + 3 : close + 2);
      } else throw new NeedsWholeFile("text after a closing quote");
      return true;
    }
    for (let i = scan; i < length; i++) {
      const code = buffer.charCodeAt(i);
      if (code === separator) {
        fields.push(buffer.slice(fieldStart, i));
        fieldStart = scan = i + 1;
        return true;
      }
      if (code === NEWLINE || code === RETURN) {
        if (code === RETURN && i + 1 === length && !final) {
          scan = i;
          return false;
        }
        fields.push(buffer.slice(fieldStart, i));
        endRecord(code === RETURN && buffer.charCodeAt(i + 1) === NEWLINE ? i + 2 : i + 1);
        return true;
      }
    }
    if (!final) {
      scan = length;
      return false;
    }
    fields.push(buffer.slice(fieldStart, length));
    endRecord(length);
    return true;
  };

  return {
    push(text) {
      buffer = buffer.length === 0 ? text : buffer + text;
      drain(false);
    },
    finish() {
      drain(true);
      buffer = "";
    },
  };

  function drain(final: boolean): void {
    for (;;) {
      if (fieldStart >= buffer.length) {
        // The text ends right after a delimiter: the record's last field is empty.
        if (final && fields.length > 0) {
          fields.push("");
          endRecord(fieldStart);
        }
        break;
      }
      if (!step(final)) break;
    }
    // Fields already read are kept as strings: the buffer starts at the unfinished field.
    if (fieldStart > 0) {
      buffer = buffer.slice(fieldStart);
      scan -= fieldStart;
      fieldStart = 0;
    }
  }
}

/** Line breaks in a field's value: `\r\n`, `\r` and `\n` count one each. */
function lineBreaks(value: string): number {
  if (value.indexOf("\n") === -1 && value.indexOf("\r") === -1) return 0;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === NEWLINE) count++;
    else if (code === RETURN) {
      count++;
      if (value.charCodeAt(i + 1) === NEWLINE) i++;
    }
  }
  return count;
}
