import type { Note } from '../src/model/board'

/**
 * A sticky as the board reader gives it: `id`, `text`, then no author, a yellow fill, top-left
 * corner at (0, 0) px relative to its canvas, no tags and no links, unless `overrides` says
 * otherwise. The one note factory of the tests.
 */
export function readNote(id: string, text: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    text,
    author: null,
    color: '#FFE299',
    position: { x: 0, y: 0 },
    tags: [],
    links: [],
    ...overrides,
  }
}
