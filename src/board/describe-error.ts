/** The message of a thrown value, whatever was thrown. */
export function describeError(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

/**
 * `new Error(message, { cause })` for the main thread's ES2017 library, which lacks the
 * options argument: the cause stays attached for debugging.
 */
export function errorWithCause(message: string, cause: unknown): Error {
  return Object.assign(new Error(message), { cause })
}
