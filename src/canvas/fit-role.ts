import * as z from 'zod/mini'

/**
 * What an area contributes to the fit check.
 * `pain` and `gain` are consumer needs; `pain-reliever` answers pains and `gain-creator`
 * answers gains (Osterwalder's fit rule); `context` takes no part.
 */
export const fitRoleSchema = z.enum(['pain', 'gain', 'pain-reliever', 'gain-creator', 'context'])
export type FitRole = z.infer<typeof fitRoleSchema>
