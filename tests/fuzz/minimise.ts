/**
 * Delta reduction of a failing input (Zeller's ddmin, simplified): drop ever smaller chunks
 * while the failure still reproduces, within a budget of attempts and time, so that a crash
 * becomes a fixture of a few hundred bytes rather than a whole photo.
 */
export async function minimise(
  input: Uint8Array,
  stillFails: (candidate: Uint8Array) => Promise<boolean>,
  budget = { attempts: 3000, ms: 60_000 },
): Promise<Uint8Array> {
  const deadline = performance.now() + budget.ms;
  let attempts = 0;
  const tryIt = async (candidate: Uint8Array): Promise<boolean> => {
    attempts++;
    return stillFails(candidate);
  };
  const withinBudget = () => attempts < budget.attempts && performance.now() < deadline;

  let best = input;
  // Shortest failing prefix first: most parser crashes sit in the first few structures.
  let lo = 1;
  let hi = best.length;
  while (lo < hi && withinBudget()) {
    const mid = (lo + hi) >>> 1;
    if (await tryIt(best.subarray(0, mid))) hi = mid;
    else lo = mid + 1;
  }
  if (hi < best.length && (await tryIt(best.subarray(0, hi)))) best = best.slice(0, hi);

  for (let chunk = best.length >>> 1; chunk >= 1 && withinBudget(); chunk >>>= 1) {
    for (let at = 0; at + chunk <= best.length && withinBudget();) {
      const candidate = new Uint8Array(best.length - chunk);
      candidate.set(best.subarray(0, at));
      candidate.set(best.subarray(at + chunk), at);
      if (await tryIt(candidate)) best = candidate;
      else at += chunk;
    }
  }
  return best;
}
