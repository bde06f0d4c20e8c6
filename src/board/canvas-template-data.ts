import * as z from 'zod/mini'

import type { CanvasDefinition } from '../canvas/canvas-definition'
import { fitRoleSchema } from '../canvas/fit-role'
import { idSchema } from '../model/id-schema'

/**
 * What the board reader needs of a canvas's template, written as JSON in the canvas section's
 * plugin data (`PLUGIN_DATA_KEYS.template`) at placement, so a canvas reads back without the
 * template's definition (issue 4: the definitions stay in the panel).
 */
export const canvasTemplateDataSchema = z.object({
  id: idSchema,
  title: z.string(),
  areas: z
    .array(
      z.object({
        id: idSchema,
        title: z.string(),
        label: z.string(),
        fillOrder: z.number(),
        role: fitRoleSchema,
      }),
    )
    .check(z.minLength(1)),
})
export type CanvasTemplateData = z.infer<typeof canvasTemplateDataSchema>

/** The plugin-data value written on a canvas section placed from `definition`: JSON text. */
export function encodeCanvasTemplateData(definition: CanvasDefinition): string {
  const data: CanvasTemplateData = {
    id: definition.id,
    title: definition.title,
    areas: definition.areas.map(({ id, title, label, fillOrder, role }) => ({
      id,
      title,
      label,
      fillOrder,
      role,
    })),
  }
  return JSON.stringify(data)
}

/**
 * The template data of a canvas section's plugin-data value, or null when it is missing, is not
 * JSON or does not fit `canvasTemplateDataSchema` (a canvas placed by an older version, or data
 * damaged by another plugin). Never throws.
 */
export function decodeCanvasTemplateData(value: string): CanvasTemplateData | null {
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch {
    return null
  }
  const parsed = z.safeParse(canvasTemplateDataSchema, json)
  return parsed.success ? parsed.data : null
}
