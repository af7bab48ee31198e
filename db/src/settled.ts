/**
 * Both promises' values once both have settled, or the first one's error (in argument order). Unlike
 * `Promise.all`, it does not give up while the other is still running: a transaction's work must be
 * over before the transaction ends and its connection goes back to the pool.
 */
export async function settledInOrder<A, B>(first: PromiseLike<A>, second: PromiseLike<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}
