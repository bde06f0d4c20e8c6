import type { MessageKey } from '../locale/catalogues'
import { DEFAULT_LOCALE } from '../locale/locales'
import { translator } from '../locale/translator'
import type { BoardFlag } from '../messages'
import type { Board } from '../model/board'
import type { CheckResult, FindingCode } from '../model/findings'

const noteFlagKeys: Partial<Record<FindingCode, MessageKey>> = {
  'unanswered-pain': 'panel.flagUnansweredPain',
  'unanswered-gain': 'panel.flagUnansweredGain',
}

/**
 * The flags to draw on the board for a check: one per empty area (on the area, "Empty: add
 * stickies to …") and one per unanswered pain or gain (on its sticky, `areaId` null). Other
 * findings are left to the panel. Areas whose section was deleted get no flag: there is
 * nothing on the board to put it on. A flag speaks its canvas's language (`Canvas.locale`,
 * English when the canvas records none), whoever draws it.
 */
export function boardFlags(board: Board, result: CheckResult): BoardFlag[] {
  const locales = new Map(
    board.canvases.map((canvas) => [canvas.id, canvas.locale ?? DEFAULT_LOCALE] as const),
  )
  const areas = new Map(
    board.canvases.flatMap((canvas) =>
      canvas.areas.map((area) => [`${canvas.id}\u0000${area.id}`, area] as const),
    ),
  )
  return result.findings.flatMap((finding): BoardFlag[] => {
    const t = translator(locales.get(finding.canvasId) ?? DEFAULT_LOCALE)
    if (finding.code === 'empty-area' && finding.areaId !== null) {
      const area = areas.get(`${finding.canvasId}\u0000${finding.areaId}`)
      if (area?.sectionId == null) return []
      return [
        {
          canvasId: finding.canvasId,
          areaId: finding.areaId,
          noteIds: [],
          message: t('panel.flagEmptyArea', { area: area.title }).slice(0, 200),
        },
      ]
    }
    const key = noteFlagKeys[finding.code]
    if (key === undefined) return []
    const message = t(key)
    return finding.noteIds.map((noteId) => ({
      canvasId: finding.canvasId,
      areaId: null,
      noteIds: [noteId],
      message,
    }))
  })
}
