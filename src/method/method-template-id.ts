const METHOD_PREFIX = 'method'
const CANVAS_ID = /^[a-z][a-zA-Z0-9]*$/
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/

/** The APIOps Cycles canvas and language a method template id stands for. */
export interface MethodTemplateRef {
  /** Canvas id in the method data, e.g. `apiBusinessModelCanvas`. */
  canvasId: string
  /** Locale key of the method data, e.g. `fi`. */
  locale: string
}

/**
 * Template id of a method canvas in one language: `method:<canvasId>:<locale>`, e.g.
 * `method:apiBusinessModelCanvas:fi`. The colons keep it apart from the built-in kebab-case ids.
 * @throws Error when the canvas id is not camelCase or the locale not like `fi` or `pt-BR`.
 */
export function methodTemplateId(canvasId: string, locale: string): string {
  if (!CANVAS_ID.test(canvasId) || !LOCALE.test(locale)) {
    throw new Error(
      `Cannot make a template id from canvas "${canvasId}" and locale "${locale}": the canvas id must be camelCase and the locale like "fi" or "pt-BR".`,
    )
  }
  return `${METHOD_PREFIX}:${canvasId}:${locale}`
}

/** The canvas and locale of a method template id, or undefined for any other id (a built-in canvas's). */
export function parseMethodTemplateId(templateId: string): MethodTemplateRef | undefined {
  const [prefix, canvasId, locale, ...rest] = templateId.split(':')
  if (
    prefix !== METHOD_PREFIX ||
    canvasId === undefined ||
    locale === undefined ||
    rest.length > 0 ||
    !CANVAS_ID.test(canvasId) ||
    !LOCALE.test(locale)
  ) {
    return undefined
  }
  return { canvasId, locale }
}

const AREA_ID = /^[a-z][a-zA-Z0-9]*$/

/**
 * Area id of a method section: the section id itself (all of today's are camelCase), or for an
 * id that is not, its letters and digits with a lower-case first letter (`key-partners` →
 * `keypartners`, `1stStep` → `s1stStep`). The original stays in the area's `methodSectionId`.
 */
export function methodAreaId(sectionId: string): string {
  if (AREA_ID.test(sectionId)) {
    return sectionId
  }
  const letters = sectionId.replace(/[^a-zA-Z0-9]/g, '')
  const first = letters.charAt(0)
  return /[a-zA-Z]/.test(first) ? first.toLowerCase() + letters.slice(1) : `s${letters}`
}
