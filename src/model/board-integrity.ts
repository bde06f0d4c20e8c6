import { findCanvasDefinition } from '../canvas/canvas-catalog'
import type { CanvasDefinition } from '../canvas/canvas-definition'
import { findMethodCanvasDefinition } from '../method/method-canvases'
import type { Board, Canvas, Note, NoteLink } from './board'
import { type FileIssue, type FileText, jsonPath } from './file-error'
import { compareLinks } from './note-links'

/** What `checkBoardIntegrity` finds: the board to use, what refuses it, what was mended. */
export interface BoardIntegrity {
  /** The board with every link made mutual; the input is not changed. */
  board: Board
  /** Why the board is not one (with JSON paths under `at`); empty when it can be used. */
  issues: FileIssue[]
  /** What was mended, one sentence each (links made mutual), not yet worded. */
  warnings: FileText[]
}

/** The template of a canvas: the plugin's own, else a method canvas; own entries only. */
export function findTemplate(templateId: string): CanvasDefinition | undefined {
  return findCanvasDefinition(templateId) ?? findMethodCanvasDefinition(templateId)
}

interface NoteAt {
  note: Note
  canvas: Canvas
  segments: PropertyKey[]
}

function notesOf(board: Board, at: readonly PropertyKey[]): NoteAt[] {
  return board.canvases.flatMap((canvas, c) => [
    ...canvas.areas.flatMap((area, a) =>
      area.notes.map((note, n) => ({
        note,
        canvas,
        segments: [...at, 'canvases', c, 'areas', a, 'notes', n],
      })),
    ),
    ...canvas.strayNotes.map((note, n) => ({
      note,
      canvas,
      segments: [...at, 'canvases', c, 'strayNotes', n],
    })),
  ])
}

const linkKey = (from: string, link: NoteLink): string =>
  JSON.stringify([from, link.noteId, link.via, link.tag ?? null])

function canvasIssues(board: Board, at: readonly PropertyKey[]): FileIssue[] {
  const issues: FileIssue[] = []
  const canvasPaths = new Map<string, string>()
  board.canvases.forEach((canvas, c) => {
    const path = jsonPath([...at, 'canvases', c])
    const known = canvasPaths.get(canvas.id)
    if (known !== undefined) {
      issues.push({
        path: `${path}.id`,
        key: 'common.issueIdTwice',
        values: { id: canvas.id, path: known },
      })
    } else canvasPaths.set(canvas.id, path)
    const template = findTemplate(canvas.templateId)
    if (template === undefined) {
      issues.push({
        path: `${path}.templateId`,
        key: 'common.issueUnknownTemplate',
        values: { id: canvas.templateId },
      })
    }
    const areaIds = new Set<string>()
    canvas.areas.forEach((area, a) => {
      const areaPath = jsonPath([...at, 'canvases', c, 'areas', a, 'id'])
      if (areaIds.has(area.id)) {
        issues.push({ path: areaPath, key: 'common.issueAreaTwice', values: { id: area.id } })
      }
      areaIds.add(area.id)
      if (template !== undefined && !template.areas.some((known) => known.id === area.id)) {
        issues.push({
          path: areaPath,
          key: 'common.issueNotArea',
          values: {
            id: area.id,
            template: template.title,
            ids: template.areas.map((known) => known.id).join(', '),
          },
        })
      }
    })
  })
  return issues
}

function originIssues(board: Board, at: readonly PropertyKey[]): FileIssue[] {
  const issues: FileIssue[] = []
  board.canvases.forEach((canvas, c) => {
    const ids = new Set([
      ...canvas.areas.flatMap((area) => area.notes.map((note) => note.id)),
      ...canvas.strayNotes.map((note) => note.id),
    ])
    const listed = new Set<string>()
    canvas.canvasCreator?.sections.forEach((section, s) => {
      section.notes.forEach((entry, n) => {
        const path = jsonPath([...at, 'canvases', c, 'canvasCreator', 'sections', s, 'notes', n])
        if (entry.noteId === null) {
          if (entry.content === undefined || entry.color === undefined) {
            issues.push({ path, key: 'common.issueOriginNote' })
          }
          return
        }
        if (!ids.has(entry.noteId) || listed.has(entry.noteId)) {
          issues.push({
            path: `${path}.noteId`,
            key: listed.has(entry.noteId) ? 'common.issueListedTwice' : 'common.issueNotCanvasNote',
            values: { id: entry.noteId },
          })
        }
        listed.add(entry.noteId)
      })
    })
  })
  return issues
}

/**
 * Checks that a board means what a board means, whatever file it came from: the plugin's import
 * and the command line run this one check before anything is placed or reported.
 * - Canvas ids are unique, note ids unique across the board, area ids unique on their canvas.
 * - Every canvas's template is the plugin's own or a method canvas, and its areas are the
 *   template's (looked up among the data's own entries: `constructor` is no template).
 * - Every link leads to a note on the board, and not to the note itself.
 * - A `canvasCreator` origin names notes of its own canvas, each once.
 * A link written on one of its notes only is made mutual in the returned board, and said once in
 * `warnings`. Linear in the board's size.
 * @param at JSON path segments of the board in its file (`['board']` in a board export)
 */
export function checkBoardIntegrity(board: Board, at: readonly PropertyKey[] = []): BoardIntegrity {
  const issues = canvasIssues(board, at)
  const notes = notesOf(board, at)
  const byId = new Map<string, NoteAt>()
  for (const entry of notes) {
    const known = byId.get(entry.note.id)
    if (known !== undefined) {
      issues.push({
        path: jsonPath([...entry.segments, 'id']),
        key: 'common.issueIdTwice',
        values: { id: entry.note.id, path: jsonPath(known.segments) },
      })
    } else byId.set(entry.note.id, entry)
  }
  const keys = new Set<string>()
  for (const { note, segments } of notes) {
    note.links.forEach((link, l) => {
      keys.add(linkKey(note.id, link))
      const path = jsonPath([...segments, 'links', l, 'noteId'])
      if (link.noteId === note.id) {
        issues.push({ path, key: 'common.issueLinksItself' })
      } else if (!byId.has(link.noteId)) {
        issues.push({ path, key: 'common.issueNotBoardNote', values: { id: link.noteId } })
      }
    })
  }
  issues.push(...originIssues(board, at))
  const missing = new Map<string, NoteLink[]>()
  let firstOneSided: string | undefined
  for (const { note, segments } of notes) {
    note.links.forEach((link, l) => {
      const back: NoteLink = { ...link, noteId: note.id }
      if (link.noteId === note.id || keys.has(linkKey(link.noteId, back))) return
      keys.add(linkKey(link.noteId, back))
      missing.set(link.noteId, [...(missing.get(link.noteId) ?? []), back])
      firstOneSided ??= jsonPath([...segments, 'links', l])
    })
  }
  if (issues.length > 0 || firstOneSided === undefined) return { board, issues, warnings: [] }
  const count = [...missing.values()].reduce((sum, list) => sum + list.length, 0)
  const mend = (note: Note): Note => {
    const added = missing.get(note.id)
    return added === undefined
      ? note
      : { ...note, links: [...note.links, ...added].sort(compareLinks) }
  }
  return {
    board: {
      ...board,
      canvases: board.canvases.map((canvas) => ({
        ...canvas,
        areas: canvas.areas.map((area) => ({ ...area, notes: area.notes.map(mend) })),
        strayNotes: canvas.strayNotes.map(mend),
      })),
    },
    issues,
    warnings: [{ key: 'common.linksMadeMutual', values: { count, first: firstOneSided } }],
  }
}
