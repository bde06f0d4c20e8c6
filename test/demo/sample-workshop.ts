import * as z from 'zod/mini'

import { findCanvasDefinition } from '../../src/canvas/canvas-catalog'

/**
 * A workshop written down as the stickies and connectors a facilitator leaves on a board: the
 * demo's input data (sample-workshop.json). `area: null` is a sticky on the canvas but in no
 * area; `placement: "page"` puts a sticky at page level on top of its area, as FigJam allows.
 */
export const workshopSchema = z.object({
  title: z.string().check(z.minLength(1)),
  canvases: z.array(
    z.object({
      templateId: z.string(),
      notes: z.array(
        z.object({
          ref: z.string().check(z.minLength(1)),
          area: z.nullable(z.string()),
          text: z.string(),
          author: z.string(),
          color: z.optional(z.string().check(z.regex(/^#[0-9A-F]{6}$/))),
          placement: z.optional(z.enum(['area', 'page'])),
          /** Kinds of the stamps people dropped on the sticky as dot votes (`+1`, `Heart`…). */
          stamps: z.optional(z.array(z.string().check(z.minLength(1)))),
        }),
      ),
      connectors: z.array(z.tuple([z.string(), z.string()])),
    }),
  ),
})
export type Workshop = z.infer<typeof workshopSchema>

/**
 * Parses and checks a whole workshop before anything is placed.
 * @throws Error naming the JSON path at fault: a bad field, an unknown template or area id, a
 *   duplicate ref, or a connector to a ref that does not exist.
 */
export function parseWorkshop(json: unknown): Workshop {
  const result = workshopSchema.safeParse(json)
  if (!result.success) {
    throw new Error(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    )
  }
  const refs = new Set<string>()
  result.data.canvases.forEach((canvas, canvasIndex) => {
    const definition = findCanvasDefinition(canvas.templateId)
    if (definition === undefined) {
      throw new Error(`canvases.${canvasIndex}.templateId: unknown template "${canvas.templateId}"`)
    }
    const areaIds = new Set(definition.areas.map((area) => area.id))
    canvas.notes.forEach((note, noteIndex) => {
      const path = `canvases.${canvasIndex}.notes.${noteIndex}`
      if (note.area !== null && !areaIds.has(note.area)) {
        throw new Error(`${path}.area: "${note.area}" is no area of ${definition.title}`)
      }
      if (refs.has(note.ref)) throw new Error(`${path}.ref: "${note.ref}" is used twice`)
      refs.add(note.ref)
    })
    canvas.connectors.forEach((ends, connectorIndex) => {
      ends.forEach((ref, end) => {
        if (!canvas.notes.some((note) => note.ref === ref)) {
          throw new Error(
            `canvases.${canvasIndex}.connectors.${connectorIndex}.${end}: no note "${ref}"`,
          )
        }
      })
    })
  })
  return result.data
}
