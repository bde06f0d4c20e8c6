import type { MessageKey } from '../locale/catalogues'
import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { AreaDefinition, CanvasDefinition } from './canvas-definition'

/** A message of the catalogue's `canvas` part. */
type CanvasMessageKey = Extract<MessageKey, `canvas.${string}`>

/**
 * One of the plugin's own templates with its words left as messages of the `canvas` part (title,
 * purpose, part titles, area titles and prompts, marker texts), so it can be placed in any of
 * `LOCALES` (`canvasIn`). Everything else is as in `CanvasDefinition`.
 */
export interface WorkshopTemplate extends Omit<
  CanvasDefinition,
  'title' | 'purpose' | 'parts' | 'areas' | 'markers' | 'locale'
> {
  title: CanvasMessageKey
  purpose: CanvasMessageKey
  parts: (Omit<CanvasDefinition['parts'][number], 'title'> & { title: CanvasMessageKey })[]
  areas: (Omit<AreaDefinition, 'title' | 'prompt'> & {
    title: CanvasMessageKey
    prompt: CanvasMessageKey
  })[]
  markers: (Omit<CanvasDefinition['markers'][number], 'text'> & { text: CanvasMessageKey })[]
}

/**
 * The definition of `template` in `locale`: its words from that locale's catalogue, `locale` set.
 * English leaves `locale` out: the English definitions are placed, read and exported as they
 * were before the plugin spoke other languages.
 */
export function canvasIn(template: WorkshopTemplate, locale: Locale): CanvasDefinition {
  const t = translator(locale)
  return {
    ...template,
    title: t(template.title),
    purpose: t(template.purpose),
    parts: template.parts.map((part) => ({ ...part, title: t(part.title) })),
    areas: template.areas.map((area) => ({
      ...area,
      title: t(area.title),
      prompt: t(area.prompt),
    })),
    markers: template.markers.map((marker) => ({ ...marker, text: t(marker.text) })),
    ...(locale === 'en' ? {} : { locale }),
  }
}
