import type { Note } from '../model/board'
import { tallyVotes } from '../model/note-votes'
import type { PortPage, PortSceneNode } from './figjam-port'

/** A note read from the board with the sticky it was read from. */
export interface NoteOnSticky {
  readonly node: PortSceneNode
  readonly note: Note
}

/**
 * Gives each note the dot votes stuck to its sticky: every stamp of the page in one
 * `findAllWithCriteria({ types: ['STAMP'] })`, attributed through `stuckTo` (StampNode and
 * StickableMixin in Figma's docs), so no sticky is read again. A stamp costs two host reads
 * (`stuckTo`, `name`) when `stuckTo` returns the very node object the board walk found, as
 * Figma's plugin API does for a live node; otherwise its host's `id` is read too. Stamps on
 * anything but a read note (a shape, another stamp, an empty sticky) and stamps deleted during
 * the read are skipped. Notes without stamps keep no `votes` field.
 */
export function readStampVotes(
  page: Pick<PortPage, 'findAllWithCriteria'>,
  notes: readonly NoteOnSticky[],
): void {
  if (notes.length === 0) return
  const byNode = new Map<object, Note>()
  const byId = new Map<string, Note>()
  for (const { node, note } of notes) {
    byNode.set(node, note)
    byId.set(note.id, note)
  }
  const kindsByNote = new Map<Note, Map<string, number>>()
  for (const stamp of page.findAllWithCriteria({ types: ['STAMP'] })) {
    try {
      const host = stamp.stuckTo
      if (host === null) continue
      const note = byNode.get(host) ?? byId.get(host.id)
      if (note === undefined) continue
      const kind = stamp.name
      const kinds = kindsByNote.get(note) ?? new Map<string, number>()
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      kindsByNote.set(note, kinds)
    } catch {
      // A stamp deleted while the board was read is no vote.
    }
  }
  for (const [note, kinds] of kindsByNote) note.votes = tallyVotes(kinds)
}
