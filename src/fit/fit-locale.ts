import { DEFAULT_LOCALE, isLocale, type Locale } from '../locale/locales'
import { parseMethodTemplateId } from '../method/method-template-id'
import type { Board, Canvas } from '../model/board'

/**
 * The language a canvas's findings and exports are written in: the locale it records
 * (`Canvas.locale`), else the locale of its method template id (`method:<canvasId>:fi`) when the
 * plugin speaks it, else `DEFAULT_LOCALE`.
 */
export function canvasLocale(canvas: Canvas): Locale {
  if (canvas.locale !== undefined) return canvas.locale
  const methodLocale = parseMethodTemplateId(canvas.templateId)?.locale
  return isLocale(methodLocale) ? methodLocale : DEFAULT_LOCALE
}

/**
 * The board's language, which its exports are written in unless one is asked for: the language
 * of its first canvas (`canvasLocale`), or `DEFAULT_LOCALE` on a board without canvases.
 */
export function boardLocale(board: Board): Locale {
  const first = board.canvases[0]
  return first === undefined ? DEFAULT_LOCALE : canvasLocale(first)
}
