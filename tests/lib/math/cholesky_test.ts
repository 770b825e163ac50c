import assert from "node:assert/strict";
import {
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
} from "../../../pipeline/lib/math/cholesky.ts";

function product(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((sum, v, k) => sum + v * b[k]![j]!, 0)));
}

Deno.test("choleskyInverse inverts a positive definite matrix", () => {
  // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], det = 4(15 - 1) - 2(6 - 0) = 44; adjugate / 44.
  const a = [[4, 2, 0], [2, 5, 1], [0, 1, 3]];
  const expected = [[14, -6, 2], [-6, 12, -4], [2, -4, 16]].map((row) => row.map((v) => v / 44));
  const factor = choleskyFactor(a);
  assert.equal(factor.rank, 3);
  const inverse = choleskyInverse(factor);
  inverse.forEach((row, i) =>
    row.forEach((v, j) => assert.ok(Math.abs(v - expected[i]![j]!) < 1e-15, `[${i}][${j}] = ${v}`))
  );
  product(a, inverse).forEach((row, i) =>
    row.forEach((v, j) => assert.ok(Math.abs(v - (i === j ? 1 : 0)) < 1e-15))
  );
  // A b = (2, 6, 4) has b = (0, 1, 1).
  const b = choleskySolve(factor, [2, 6, 4]);
  b.forEach((v, i) => assert.ok(Math.abs(v - [0, 1, 1][i]!) < 1e-15, `b[${i}] = ${v}`));
});

Deno.test("choleskyFactor reads only the upper triangle and does not modify its input", () => {
  const a = [[4, 2], [999, 2]];
  const copy = a.map((row) => [...row]);
  assert.deepEqual(choleskyInverse(choleskyFactor(a)), [[0.5, -0.5], [-0.5, 1]]);
  assert.deepEqual(a, copy);
});

Deno.test("a singular matrix gets a generalised inverse with zeros for its redundant columns", () => {
  // [[1, 1], [1, 1]]: the second column repeats the first. Its pivot is 1 - 1 = 0.
  const factor = choleskyFactor([[1, 1], [1, 1]]);
  assert.equal(factor.rank, 1);
  assert.deepEqual(choleskyInverse(factor), [[1, 0], [0, 0]]);
  assert.deepEqual(choleskySolve(factor, [2, 2]), [2, 0]);
  // A pivot 1e-13 of the largest diagonal is below the tolerance (1.8e-12): redundant too.
  assert.equal(choleskyFactor([[1, 0], [0, 1e-13]]).rank, 1);
  assert.equal(choleskyFactor([[1, 0], [0, 1e-11]]).rank, 2);
  const zero = choleskyFactor([[0, 0], [0, 0]]);
  assert.equal(zero.rank, 0);
  assert.deepEqual(choleskyInverse(zero), [[0, 0], [0, 0]]);
  assert.deepEqual(choleskySolve(zero, [1, 2]), [0, 0]);
});

Deno.test("choleskyFactor refuses a matrix that is not square", () => {
  assert.throws(() => choleskyFactor([[1, 2], [3]]), {
    name: "RangeError",
    message: "Expected a square matrix but row 1 has 1 of 2 columns",
  });
  assert.throws(() => choleskySolve(choleskyFactor([[1]]), [1, 2]), RangeError);
});
