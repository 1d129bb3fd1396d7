/**
 * Failpoints: named places where a test can make a worker process die on purpose (SIGKILL), to prove
 * that a crash at exactly that point loses and duplicates nothing. Enabled only by the FAILPOINTS
 * setting, which configuration refuses in production.
 */

let enabled: ReadonlySet<string> = new Set()

export type FailpointName = 'submit.after_commit' | 'submit.after_broadcast' | 'replace.after_commit'

export function setFailpoints(names: readonly string[]): void {
  enabled = new Set(names)
}

/** Kills this process with SIGKILL (no cleanup, like a power cut) when `name` is enabled. */
export function failpoint(name: FailpointName): void {
  if (enabled.has(name)) process.kill(process.pid, 'SIGKILL')
}
