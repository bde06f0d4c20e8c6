import type { CanvasDefinition } from '../canvas/canvas-definition'
import { parseMethodTemplateId } from '../method/method-template-id'

/**
 * The template the Templates tab shows as chosen for a remembered `templateId`: that workshop
 * template; else that method canvas among `methodCanvases` (the chosen language's); else the
 * same method canvas in that language, when the id names another language; else the first
 * workshop template.
 * @throws Error when `workshop` is empty.
 */
export function chosenTemplate(
  templateId: string | null,
  workshop: readonly CanvasDefinition[],
  methodCanvases: readonly CanvasDefinition[],
): CanvasDefinition {
  const [first] = workshop
  if (first === undefined) throw new Error('There is no workshop template to choose.')
  if (templateId === null) return first
  const methodCanvasId = parseMethodTemplateId(templateId)?.canvasId
  return (
    workshop.find((definition) => definition.id === templateId) ??
    methodCanvases.find((definition) => definition.id === templateId) ??
    methodCanvases.find(
      (definition) => methodCanvasId !== undefined && definition.methodCanvasId === methodCanvasId,
    ) ??
    first
  )
}
