/**
 * A JSON array read element by element, fed a piece of text at a time: each element's text is cut
 * out (strings, escapes and nesting followed) and parsed on its own with `JSON.parse`, so that a
 * REDCap export of a hundred thousand records is never one string, nor one array of objects.
 *
 * Only the usual case is read this way: an array, whitespace and commas where JSON allows them.
 * Anything else (a syntax error, a value that is not an array) throws {@linkcode NeedsWholeFile},
 * and the caller parses the file whole, as before, so that the message is `JSON.parse`'s own.
 *
 * @module
 */

import { NeedsWholeFile } from "./text_stream.ts";

/** Receives each element of the array, parsed, and its 1-based position. */
export type ElementVisitor = (value: unknown, position: number) => void;

/** A reader of one JSON array. */
export interface JsonElements {
  push(text: string): void;
  finish(): void;
}

const enum Expect {
  /** Whitespace, then `[`. */
  Array,
  /** Whitespace, then an element, or `]` if the array is empty so far. */
  FirstElement,
  /** Whitespace, then an element (after a comma). */
  Element,
  /** Inside an element. */
  Inside,
  /** Whitespace, then `,` or `]`. */
  Separator,
  /** Whitespace only. */
  End,
}

/** A reader calling `visit` with each element of the array, in order. */
export function jsonElements(visit: ElementVisitor): JsonElements {
  let buffer = "";
  let at = 0;
  let expect = Expect.Array;
  let position = 0;
  // The element being read: where it starts, its nesting depth, whether the scan is in a string.
  let start = 0;
  let depth = 0;
  let inString = false;

  const refuse = (what: string): never => {
    throw new NeedsWholeFile(what);
  };

  const scan = (final: boolean) => {
    const length = buffer.length;
    while (at < length) {
      const code = buffer.charCodeAt(at);
      if (expect === Expect.Inside) {
        if (inString) {
          if (code === 92) at += 2; // a backslash escapes the next character
          else {
            if (code === 34) inString = false;
            at++;
          }
          continue;
        }
        if (code === 34) inString = true;
        else if (code === 123 || code === 91) depth++;
        else if (code === 125 || code === 93) {
          if (depth === 0) {
            element(at);
            continue;
          }
          depth--;
          if (depth === 0) {
            at++;
            element(at);
            continue;
          }
        } else if (depth === 0 && (code === 44 || isSpace(code))) {
          element(at);
          continue;
        }
        at++;
        continue;
      }
      if (isSpace(code)) {
        at++;
        continue;
      }
      if (expect === Expect.Array) {
        if (code !== 91) refuse("not an array");
        expect = Expect.FirstElement;
        at++;
      } else if (expect === Expect.Separator) {
        if (code === 44) expect = Expect.Element;
        else if (code === 93) expect = Expect.End;
        else refuse("no comma between elements");
        at++;
      } else if (expect === Expect.FirstElement && code === 93) {
        expect = Expect.End;
        at++;
      } else if (expect === Expect.End) {
        refuse("text after the array");
      } else {
        expect = Expect.Inside;
        start = at;
        depth = 0;
        inString = false;
      }
    }
    if (final) {
      if (expect === Expect.Inside && depth === 0 && !inString) element(length);
      if (expect !== Expect.End) refuse("the array is not closed");
    }
  };

  /** The element from `start` to `end`, parsed and visited. */
  const element = (end: number) => {
    let value: unknown;
    try {
      value = JSON.parse(buffer.slice(start, end));
    } catch {
      refuse("an element that is not JSON");
    }
    visit(value, ++position);
    expect = Expect.Separator;
    at = end;
  };

  return {
    push(text) {
      buffer = buffer.length === 0 ? text : buffer + text;
      scan(false);
      // Keep only the element being read (or nothing).
      const keep = expect === Expect.Inside ? start : at;
      if (keep > 0) {
        buffer = buffer.slice(keep);
        at -= keep;
        start -= keep;
      }
    },
    finish() {
      scan(true);
      buffer = "";
    },
  };
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
