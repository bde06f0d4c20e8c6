import type { Canvas, CanvasCreatorOrigin, Note } from '../model/board'
import type { CanvasCreatorNote, CanvasCreatorSection } from './canvas-creator-schema'

/** A section as the export maps it from the board: each note with the id of its board note. */
export interface MappedSection {
  sectionId: string
  notes: { noteId: string; note: CanvasCreatorNote }[]
}

const DEFAULT_NOTE_COLOR = '#FFF399'

/**
 * The sections of a Canvas Creator file written back for a canvas read from one (`origin`): the
 * file's sections in its order, each note with its text and colour from the board (the colour as
 * the file spelled it while it is the same colour) and the file's `size` and `position`, notes
 * with no text as the file had them, and notes of sections the method no longer has (stray notes
 * on the board) back in those sections. Board notes the file did not have are added to their
 * section as `mapped` has them, in a section of their own at the end when the file had none.
 */
export function sectionsFromOrigin(
  origin: CanvasCreatorOrigin,
  canvas: Canvas,
  mapped: readonly MappedSection[],
): CanvasCreatorSection[] {
  const byId = new Map<string, Note>()
  for (const note of [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]) {
    byId.set(note.id, note)
  }
  const listed = new Set<string>()
  const sections = origin.sections.map((section) => ({
    sectionId: section.sectionId,
    stickyNotes: section.notes.flatMap((entry): CanvasCreatorNote[] => {
      const position = entry.position === undefined ? {} : { position: entry.position }
      if (entry.noteId === null) {
        const color = entry.color ?? DEFAULT_NOTE_COLOR
        return [{ content: entry.content ?? '', size: entry.size, color, ...position }]
      }
      const note = byId.get(entry.noteId)
      if (note === undefined) return []
      listed.add(entry.noteId)
      const color = entry.color?.toUpperCase() === note.color ? entry.color : note.color
      return [{ content: note.text, size: entry.size, color, ...position }]
    }),
  }))
  for (const section of mapped) {
    const added = section.notes.filter((entry) => !listed.has(entry.noteId))
    if (added.length === 0) continue
    const target = sections.find((candidate) => candidate.sectionId === section.sectionId)
    if (target === undefined) {
      sections.push({ sectionId: section.sectionId, stickyNotes: added.map(({ note }) => note) })
    } else target.stickyNotes.push(...added.map(({ note }) => note))
  }
  return sections
}

/** Ids of the notes a canvas's origin writes back, so they are not said to be left out. */
function originNoteIds(origin: CanvasCreatorOrigin | undefined): Set<string> {
  return new Set(
    origin?.sections.flatMap((section) =>
      section.notes.flatMap((entry) => (entry.noteId === null ? [] : [entry.noteId])),
    ),
  )
}

/** What of `canvas` no Canvas Creator file of it holds: stray notes and connectors. */
export function leftOutOf(canvas: Canvas): string[] {
  const kept = originNoteIds(canvas.canvasCreator)
  const stray = canvas.strayNotes.filter((note) => !kept.has(note.id)).length
  const connectors =
    [...canvas.areas.flatMap((area) => area.notes), ...canvas.strayNotes]
      .flatMap((note) => note.links)
      .filter((link) => link.via === 'connector').length / 2
  return [
    ...(stray === 0
      ? []
      : [
          `${plural(stray, 'sticky')} on "${canvas.title}" in no area (Canvas Creator files hold notes in sections only)`,
        ]),
    ...(connectors < 1
      ? []
      : [
          `${plural(Math.ceil(connectors), 'connector')} on "${canvas.title}" (Canvas Creator files have none; #tags are kept in the text)`,
        ]),
  ]
}

const plural = (count: number, noun: string): string =>
  `${String(count)} ${count === 1 ? noun : noun === 'sticky' ? 'stickies' : `${noun}s`}`
