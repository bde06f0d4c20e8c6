import * as z from 'zod/mini'

/**
 * Parses a message payload, or any other plain input, against its schema; pure (no messaging),
 * so the board adapter validates with it too.
 * @throws Error naming the message and each bad field's path, e.g.
 *   `FOCUS_NODES: nodeIds: Invalid input`.
 */
export function parsePayload<T>(name: string, schema: z.core.$ZodType<T>, payload: unknown): T {
  const result = z.safeParse(schema, payload)
  if (result.success) {
    return result.data
  }
  const details = result.error.issues
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`,
    )
    .join('; ')
  throw new Error(`${name}: ${details}`)
}
