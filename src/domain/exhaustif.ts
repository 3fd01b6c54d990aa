/**
 * The end of every `switch` over a closed union (question kinds, node types…):
 * `assertNever(x)` compiles only when every member is handled before it, so a new
 * member fails to compile at each place that must handle it. Where a table fits
 * better, use a mapped `Record<Union, …>` instead: the same guarantee.
 */
export function assertNever(value: never, quoi = 'valeur'): never {
  throw new Error(`${quoi} inattendu·e : ${JSON.stringify(value)}`);
}

/**
 * The same check for a value read from outside (a file, a package, an LMS): the
 * compiler still wants every member handled before it, but an unknown value met at
 * run time is given back to be reported, not thrown.
 */
export function horsUnion(value: never): unknown {
  return value;
}
