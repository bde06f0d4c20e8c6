import * as z from 'zod/mini'

/**
 * A node, template, area or note id: any non-empty string. In a file of its own so the main
 * thread's bundle can parse ids without taking in the board's other schemas.
 */
export const idSchema = z.string().check(z.minLength(1))
