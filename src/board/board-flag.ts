import * as z from 'zod/mini'

import { idSchema } from '../model/board'

/** A mark the plugin draws on the board next to an empty area or an unanswered note. */
export const boardFlagSchema = z.object({
  canvasId: idSchema,
  /** Area to mark; null when the flag is about notes only. */
  areaId: z.nullable(idSchema),
  noteIds: z.array(idSchema),
  /** Short text shown on the board, e.g. "No pain reliever answers this pain". */
  message: z.string().check(z.minLength(1), z.maxLength(200)),
})
export type BoardFlag = z.infer<typeof boardFlagSchema>
