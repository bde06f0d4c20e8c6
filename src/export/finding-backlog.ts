import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

import type { Board } from '../model/board'
import type { CheckResult, Finding, Severity } from '../model/findings'

/** Words before a finding's key in its marker; search for them to find every backlog item. */
export const FINDING_MARKER_LABEL = 'api-canvas-finding'

/** A finding as a backlog item: what a tracker shows, and the key that tells reruns apart. */
export interface BacklogItem {
  finding: Finding
  /** The canvas's title on one line, or its id when the board does not hold it. */
  canvasTitle: string
  /** The area's title on one line; null for a finding about the whole canvas. */
  areaTitle: string | null
  /** The texts of the stickies the finding is about, in the finding's order. */
  noteTexts: string[]
  /**
   * 16 hex digits: SHA-256 of the finding's code, its canvas's template, its area id and its
   * stickies' texts (sorted), then `-2`, `-3`… for the second, third item with the same key.
   * The same finding keeps its key when the board is read again or other stickies change.
   */
  key: string
}

const RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 }

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** `<!-- api-canvas-finding: 0123456789abcdef -->`: hidden in Markdown, found by search. */
export const findingMarker = (key: string): string => `<!-- ${FINDING_MARKER_LABEL}: ${key} -->`

/**
 * The findings at or above `minSeverity` as backlog items, in the check's order. The key hashes
 * with SHA-256 (@noble/hashes), so markers are short, the same in Node and the panel, and hold
 * no sticky text.
 */
export function findingBacklog(
  board: Board,
  result: CheckResult,
  minSeverity: Severity = 'warning',
): BacklogItem[] {
  const canvases = new Map(board.canvases.map((canvas) => [canvas.id, canvas]))
  const notes = new Map(
    board.canvases.flatMap((canvas) =>
      [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes].map(
        (note) => [note.id, note.text] as const,
      ),
    ),
  )
  const seen = new Map<string, number>()
  return result.findings
    .filter((finding) => RANK[finding.severity] >= RANK[minSeverity])
    .map((finding) => {
      const canvas = canvases.get(finding.canvasId)
      const area = canvas?.areas.find((candidate) => candidate.id === finding.areaId)
      const noteTexts = finding.noteIds.flatMap((id) => {
        const text = notes.get(id)
        return text === undefined ? [] : [text]
      })
      const identity = JSON.stringify([
        finding.code,
        canvas?.templateId ?? '',
        finding.areaId ?? '',
        [...noteTexts].sort(),
      ])
      const hash = bytesToHex(sha256(utf8ToBytes(identity))).slice(0, 16)
      const count = (seen.get(hash) ?? 0) + 1
      seen.set(hash, count)
      return {
        finding,
        canvasTitle: canvas === undefined ? finding.canvasId : oneLine(canvas.title),
        areaTitle: area === undefined ? null : oneLine(area.title),
        noteTexts,
        key: count === 1 ? hash : `${hash}-${String(count)}`,
      }
    })
}
