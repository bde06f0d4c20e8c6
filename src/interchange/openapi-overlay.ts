import { mdParagraph, mdText, writeMarkdown } from '../export/markdown-blocks'
import { boardLocale } from '../fit/fit-locale'
import type { Locale } from '../locale/locales'
import { type Translator, translator } from '../locale/translator'
import type { Board } from '../model/board'
import type { CheckResult } from '../model/findings'
import { apiCanvasesOf, type ApiCanvasFacts } from './api-canvas-facts'
import { backstageEntityName } from './backstage-names'

/** The OpenAPI `info` extension the overlay adds: the API Canvas beyond title and description. */
export const CANVAS_EXTENSION = 'x-apiops-canvas'

/** One overlay: the API Canvas it comes from, a file name and the document as JSON text. */
export interface OverlayFile {
  canvasId: string
  /** `<api-name>.overlay.json`, the name as in `backstageEntityName`. */
  fileName: string
  json: string
}

interface OverlayAction {
  target: string
  description: string
  update?: Record<string, unknown>
  remove?: true
}

const INFO = '$.info'

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

function canvasExtension(facts: ApiCanvasFacts, board: Board, result: CheckResult): object {
  const titles = new Map(board.canvases.map((canvas) => [canvas.id, oneLine(canvas.title)]))
  const titleOf = (canvasId: string): string => titles.get(canvasId) ?? canvasId
  return {
    canvas: { id: facts.canvasId, title: oneLine(facts.canvasTitle), template: facts.templateId },
    consumerSegments: facts.consumerSegments,
    relationships: facts.relationships,
    channels: facts.channels,
    revenueStreams: facts.revenueStreams,
    costStructure: facts.costStructure,
    keyPartners: facts.keyPartners,
    keyResources: facts.keyResources,
    keyActivities: facts.keyActivities,
    fit: result.fit.map(({ canvasId, ...fit }) => ({ canvas: titleOf(canvasId), ...fit })),
    findings: result.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      canvas: titleOf(finding.canvasId),
    })),
  }
}

function actionsOf(
  facts: ApiCanvasFacts,
  board: Board,
  result: CheckResult,
  t: Translator,
): OverlayAction[] {
  const [summary] = facts.valueProposition
  const actions: OverlayAction[] = [
    {
      target: INFO,
      description: t('export.overlayName'),
      update: { title: facts.name },
    },
  ]
  if (summary !== undefined) {
    actions.push(
      {
        target: INFO,
        description: t('export.overlaySummary'),
        update: { summary: oneLine(summary) },
      },
      {
        target: INFO,
        description: t('export.overlayDescription'),
        update: {
          description: writeMarkdown(
            facts.valueProposition.map((text) => mdParagraph(mdText(text))),
          ).trimEnd(),
        },
      },
    )
  }
  actions.push(
    {
      target: `${INFO}['${CANVAS_EXTENSION}']`,
      description: t('export.overlayDropCanvas'),
      remove: true,
    },
    {
      target: INFO,
      description: t('export.overlayCanvas'),
      update: { [CANVAS_EXTENSION]: canvasExtension(facts, board, result) },
    },
  )
  return actions
}

/**
 * One OpenAPI Overlay (OpenAPI Initiative's Overlay Specification 1.0.0) per API Canvas on the
 * board (`apiCanvasesOf`), in board order. Its actions target `$.info`: set `title` to the API's
 * name, `summary` to the first value proposition sticky (one line) and `description` to all of
 * them as Markdown paragraphs (escaped as the Markdown export escapes, so no sticky becomes
 * Markdown structure or HTML); then remove `info['x-apiops-canvas']` (so applying it again does
 * not append to its lists) and add it anew (`CANVAS_EXTENSION`): the canvas's id, title and
 * template, the other areas' stickies, the fit of every canvas with pains or gains (by canvas
 * title) and the board's findings. Without a value proposition, summary and description are
 * left alone. Written by `JSON.stringify` (2-space indent, trailing newline), so text stays text.
 * The overlay's title and its actions' descriptions are in `locale`, by default the board's
 * language (`boardLocale`); keys and targets never change. Pure: the same input always gives the
 * same bytes.
 */
export function exportOpenApiOverlays(
  board: Board,
  result: CheckResult,
  locale: Locale = boardLocale(board),
): OverlayFile[] {
  const t = translator(locale)
  const names = new Map<string, number>()
  return apiCanvasesOf(board).map((facts) => {
    const base = backstageEntityName(facts.name)
    const count = (names.get(base) ?? 0) + 1
    names.set(base, count)
    const document = {
      overlay: '1.0.0',
      info: { title: t('export.overlayTitle', { name: facts.name }), version: '1.0.0' },
      actions: actionsOf(facts, board, result, t),
    }
    return {
      canvasId: facts.canvasId,
      fileName: `${base}${count === 1 ? '' : `-${String(count)}`}.overlay.json`,
      json: `${JSON.stringify(document, null, 2)}\n`,
    }
  })
}
