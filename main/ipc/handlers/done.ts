/** Operations that return nothing answer `null` over IPC: `undefined` does not survive every transport. */
export async function done(work: Promise<unknown>): Promise<null> {
  await work;
  return null;
}
