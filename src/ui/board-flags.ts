import type { BoardFlag } from '../messages'
import type { Board } from '../model/board'
import type { CheckResult, FindingCode } from '../model/findings'

const noteFlagMessages: Partial<Record<FindingCode, string>> = {
  'unanswered-pain': 'No pain reliever answers this pain',
  'unanswered-gain': 'No gain creator answers this gain',
}

/**
 * The flags to draw on the board for a check: one per empty area (on the area, "Empty: add
 * stickies to …") and one per unanswered pain or gain (on its sticky, `areaId` null). Other
 * findings are left to the panel. Areas whose section was deleted get no flag: there is
 * nothing on the board to put it on.
 */
export function boardFlags(board: Board, result: CheckResult): BoardFlag[] {
  const areas = new Map(
    board.canvases.flatMap((canvas) =>
      canvas.areas.map((area) => [`${canvas.id}\u0000${area.id}`, area] as const),
    ),
  )
  return result.findings.flatMap((finding): BoardFlag[] => {
    if (finding.code === 'empty-area' && finding.areaId !== null) {
      const area = areas.get(`${finding.canvasId}\u0000${finding.areaId}`)
      if (area?.sectionId == null) return []
      return [
        {
          canvasId: finding.canvasId,
          areaId: finding.areaId,
          noteIds: [],
          message: `Empty: add stickies to ${area.title}`.slice(0, 200),
        },
      ]
    }
    const message = noteFlagMessages[finding.code]
    if (message === undefined) return []
    return finding.noteIds.map((noteId) => ({
      canvasId: finding.canvasId,
      areaId: null,
      noteIds: [noteId],
      message,
    }))
  })
}
