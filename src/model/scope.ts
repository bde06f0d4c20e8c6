import * as z from 'zod/mini'

/**
 * Which canvases an operation covers: the selected ones, or every canvas on the page. A schema,
 * because the panel reads it back from its stored settings.
 */
export const scopeSchema = z.enum(['selection', 'page'])
export type Scope = z.infer<typeof scopeSchema>
