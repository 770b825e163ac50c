/**
 * Typed arrays that grow as values are pushed (doubling), for columns whose length is known only
 * once a file is read. A column of a million day numbers is 4 MB, where an array of a million
 * ISO strings would be some 40.
 *
 * @module
 */

type TypedArray = Int8Array | Int32Array | Float64Array;

/** A column of numbers growing as values are pushed. */
export interface Growing<T extends TypedArray> {
  readonly length: number;
  push(value: number): void;
  /** The values pushed, in a typed array of exactly their number. */
  done(): T;
}

function growing<T extends TypedArray>(make: (length: number) => T): Growing<T> {
  let array = make(256);
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value) {
      if (length === array.length) {
        const next = make(length * 2);
        next.set(array);
        array = next;
      }
      array[length++] = value;
    },
    done: () => array.slice(0, length) as T,
  };
}

/** A growing column of 32-bit integers. */
export function growingInt32(): Growing<Int32Array> {
  return growing((n) => new Int32Array(n));
}

/** A growing column of 64-bit floats. */
export function growingFloat64(): Growing<Float64Array> {
  return growing((n) => new Float64Array(n));
}

/** A growing column of 8-bit integers. */
export function growingInt8(): Growing<Int8Array> {
  return growing((n) => new Int8Array(n));
}
