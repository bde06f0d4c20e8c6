import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import { workshopCanvases } from './canvas-catalog'
import type { CanvasDefinition } from './canvas-definition'
import { CANVAS_WORDS } from './canvas-words'

/**
 * `definition` in `locale` when it is one of the plugin's own templates (by id): its title,
 * purpose, part and area titles, prompts and marker texts from the `canvas` part of that
 * locale's catalogue (`CANVAS_WORDS`), `locale` set. English returns the definition as the plugin
 * always placed it, without `locale`. Any other definition (a method canvas, whose language is in
 * its id, or an imported template) is returned as it is.
 */
export function localizedCanvasDefinition(
  definition: CanvasDefinition,
  locale: Locale,
): CanvasDefinition {
  const words = CANVAS_WORDS[definition.id]
  const english = workshopCanvases.find((candidate) => candidate.id === definition.id)
  if (words === undefined || english === undefined) return definition
  if (locale === 'en') return english
  const t = translator(locale)
  return {
    ...english,
    title: t(words.title),
    purpose: t(words.purpose),
    parts: english.parts.map((part) => {
      const key = words.parts[part.id]
      return key === undefined ? part : { ...part, title: t(key) }
    }),
    areas: english.areas.map((area) => {
      const keys = words.areas[area.id]
      return keys === undefined ? area : { ...area, title: t(keys.title), prompt: t(keys.prompt) }
    }),
    markers: english.markers.map((marker) => {
      const key = words.markers[marker.id]
      return key === undefined ? marker : { ...marker, text: t(key) }
    }),
    locale,
  }
}
