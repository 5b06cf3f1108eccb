/**
 * For tests that watch a running system from outside (a socket's messages, a listener count, a row)
 * where no promise tells them that something happened: checks the condition every few milliseconds
 * until it holds. Fails with what it waited for, rather than hanging until Jest's own timeout.
 * Never use it to prove that something does NOT happen: await a later event instead.
 */
export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
