import type { Board, Canvas, Note } from '../model/board'
import type { CheckResult, FitSummary } from '../model/findings'
import { type BacklogItem, findingBacklog } from './finding-backlog'

/** A sticky as the diff names it: its text and where it is. */
export interface DiffNote {
  id: string
  text: string
  /** Title of its canvas on one line. */
  canvas: string
  /** Title of its area on one line; null for a sticky outside any area. */
  area: string | null
}

/** Pains and gains answered on one canvas, before and after; null where it was not on the board. */
export interface FitChange {
  canvas: string
  before: Omit<FitSummary, 'canvasId'> | null
  after: Omit<FitSummary, 'canvasId'> | null
}

/** What changed between two sessions of the same board (`diffBoards`). */
export interface BoardDiff {
  /** False when the boards share no canvas and no sticky: then the rest says nothing useful. */
  related: boolean
  added: DiffNote[]
  removed: DiffNote[]
  /** Stickies whose text changed, or that moved to another area or canvas. */
  edited: { before: DiffNote; after: DiffNote }[]
  /** Pairs of stickies linked (by connector or shared tag) in one session and not the other. */
  linksAdded: [DiffNote, DiffNote][]
  linksRemoved: [DiffNote, DiffNote][]
  /** Findings of the first session gone in the second, and findings new in the second. */
  resolved: BacklogItem[]
  new: BacklogItem[]
  fit: FitChange[]
}

interface Located {
  note: Note
  canvas: Canvas
  areaId: string | null
  ref: DiffNote
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

function locate(board: Board): Located[] {
  return board.canvases.flatMap((canvas) => {
    const at = (note: Note, areaId: string | null, area: string | null): Located => ({
      note,
      canvas,
      areaId,
      ref: { id: note.id, text: note.text, canvas: oneLine(canvas.title), area },
    })
    return [
      ...canvas.areas.flatMap((area) =>
        area.notes.map((note) => at(note, area.id, oneLine(area.title))),
      ),
      ...canvas.strayNotes.map((note) => at(note, null, null)),
    ]
  })
}

/** `items` grouped by `keyOf`, each group an iterator that hands out its items in order, once. */
function queues<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, Iterator<T>> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(keyOf(item))
    if (group === undefined) groups.set(keyOf(item), [item])
    else group.push(item)
  }
  return new Map([...groups].map(([key, group]) => [key, group.values()]))
}

/** Canvas ids of `before` to canvas ids of `after`: same id, else the next unmatched of the same template. */
function matchCanvases(before: Board, after: Board): Map<string, string> {
  const matched = new Map<string, string>()
  const afterIds = new Set(after.canvases.map((canvas) => canvas.id))
  for (const canvas of before.canvases)
    if (afterIds.has(canvas.id)) matched.set(canvas.id, canvas.id)
  const taken = new Set(matched.values())
  const byTemplate = queues(
    after.canvases.filter((canvas) => !taken.has(canvas.id)),
    (canvas) => canvas.templateId,
  )
  for (const canvas of before.canvases) {
    if (matched.has(canvas.id)) continue
    const next = byTemplate.get(canvas.templateId)?.next()
    if (next?.done === false) matched.set(canvas.id, next.value.id)
  }
  return matched
}

/** Notes of `before` to notes of `after`: same id first, then the same text, each used once. */
function matchNotes(before: readonly Located[], after: readonly Located[]): Map<Located, Located> {
  const matched = new Map<Located, Located>()
  const afterById = new Map(after.map((entry) => [entry.note.id, entry]))
  const used = new Set<Located>()
  for (const entry of before) {
    const same = afterById.get(entry.note.id)
    if (same !== undefined) {
      matched.set(entry, same)
      used.add(same)
    }
  }
  const byText = queues(
    after.filter((entry) => !used.has(entry)),
    (entry) => entry.note.text,
  )
  for (const entry of before) {
    if (matched.has(entry)) continue
    const same = byText.get(entry.note.text)?.next()
    if (same?.done === false) matched.set(entry, same.value)
  }
  return matched
}

/** Linked pairs of one board as `idA idB` (ids sorted), with the two notes. */
function linkPairs(
  entries: readonly Located[],
  idOf: (entry: Located) => string,
): Map<string, [Located, Located]> {
  const byId = new Map(entries.map((entry) => [entry.note.id, entry]))
  const pairs = new Map<string, [Located, Located]>()
  for (const entry of entries) {
    for (const link of entry.note.links) {
      const other = byId.get(link.noteId)
      if (other === undefined || other === entry) continue
      const ids = [idOf(entry), idOf(other)].sort()
      const key = ids.join(' ')
      if (!pairs.has(key)) pairs.set(key, ids[0] === idOf(entry) ? [entry, other] : [other, entry])
    }
  }
  return pairs
}

function fitChanges(
  before: { board: Board; result: CheckResult },
  after: { board: Board; result: CheckResult },
  canvases: ReadonlyMap<string, string>,
): FitChange[] {
  const strip = (fit: FitSummary): FitChange['after'] => ({
    painsAnswered: fit.painsAnswered,
    painsTotal: fit.painsTotal,
    gainsAnswered: fit.gainsAnswered,
    gainsTotal: fit.gainsTotal,
  })
  const titleIn = (board: Board, id: string) =>
    oneLine(board.canvases.find((canvas) => canvas.id === id)?.title ?? id)
  const afterFit = new Map(after.result.fit.map((fit) => [fit.canvasId, fit]))
  const changes: FitChange[] = []
  const seen = new Set<string>()
  for (const fit of before.result.fit) {
    const afterId = canvases.get(fit.canvasId)
    const next = afterId === undefined ? undefined : afterFit.get(afterId)
    if (next !== undefined) seen.add(next.canvasId)
    changes.push({
      canvas:
        next === undefined
          ? titleIn(before.board, fit.canvasId)
          : titleIn(after.board, next.canvasId),
      before: strip(fit),
      after: next === undefined ? null : strip(next),
    })
  }
  for (const fit of after.result.fit) {
    if (!seen.has(fit.canvasId))
      changes.push({ canvas: titleIn(after.board, fit.canvasId), before: null, after: strip(fit) })
  }
  return changes
}

/**
 * What changed from the session `before` to the session `after` of one board (two JSON exports,
 * or a Canvas Creator file and an export), each with its check result. Stickies are matched by
 * id, then by the same text (each once), so a board re-imported with new ids still matches;
 * canvases by id, then by template in board order. A matched sticky whose text, area or canvas
 * changed is edited; links are compared as pairs of matched stickies; findings by their backlog
 * key (`findingBacklog`, every severity), so a finding whose stickies did not change is the same
 * finding. Linear in the number of stickies and links.
 */
export function diffBoards(
  before: { board: Board; result: CheckResult },
  after: { board: Board; result: CheckResult },
): BoardDiff {
  const canvases = matchCanvases(before.board, after.board)
  const beforeNotes = locate(before.board)
  const afterNotes = locate(after.board)
  const matched = matchNotes(beforeNotes, afterNotes)
  const matchedAfter = new Set(matched.values())
  const edited = [...matched].filter(
    ([old, now]) =>
      old.note.text !== now.note.text ||
      old.areaId !== now.areaId ||
      canvases.get(old.canvas.id) !== now.canvas.id,
  )
  const afterId = (entry: Located): string => `after:${entry.note.id}`
  const beforeId = (entry: Located): string => {
    const now = matched.get(entry)
    return now === undefined ? `before:${entry.note.id}` : afterId(now)
  }
  const oldLinks = linkPairs(beforeNotes, beforeId)
  const newLinks = linkPairs(afterNotes, afterId)
  const refs = (pair: [Located, Located]): [DiffNote, DiffNote] => [pair[0].ref, pair[1].ref]
  const oldFindings = findingBacklog(before.board, before.result, 'info')
  const newFindings = findingBacklog(after.board, after.result, 'info')
  const oldKeys = new Set(oldFindings.map((item) => item.key))
  const newKeys = new Set(newFindings.map((item) => item.key))
  const sharedCanvasId = before.board.canvases.some(
    (canvas) => canvases.get(canvas.id) === canvas.id,
  )
  return {
    related: matched.size > 0 || sharedCanvasId,
    added: afterNotes.filter((entry) => !matchedAfter.has(entry)).map((entry) => entry.ref),
    removed: beforeNotes.filter((entry) => !matched.has(entry)).map((entry) => entry.ref),
    edited: edited.map(([old, now]) => ({ before: old.ref, after: now.ref })),
    linksAdded: [...newLinks].filter(([key]) => !oldLinks.has(key)).map(([, pair]) => refs(pair)),
    linksRemoved: [...oldLinks].filter(([key]) => !newLinks.has(key)).map(([, pair]) => refs(pair)),
    resolved: oldFindings.filter((item) => !newKeys.has(item.key)),
    new: newFindings.filter((item) => !oldKeys.has(item.key)),
    fit: fitChanges(before, after, canvases),
  }
}
