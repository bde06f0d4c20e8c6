import { describe, expect, it } from 'vitest'

import { buildNoteLinks } from '../src/model/note-links'

describe('buildNoteLinks', () => {
  it('links both ends of a connector, once however many connectors join them', () => {
    const links = buildNoteLinks(
      [
        { id: '1:2', tags: [] },
        { id: '1:3', tags: [] },
      ],
      [
        { fromId: '1:2', toId: '1:3' },
        { fromId: '1:3', toId: '1:2' },
      ],
    )
    expect(links.get('1:2')).toEqual([{ noteId: '1:3', via: 'connector' }])
    expect(links.get('1:3')).toEqual([{ noteId: '1:2', via: 'connector' }])
  })

  it('leaves out connectors to nodes that are not notes and connectors to the note itself', () => {
    const links = buildNoteLinks(
      [{ id: '1:2', tags: [] }],
      [
        { fromId: '1:2', toId: '9:9' },
        { fromId: '1:2', toId: '1:2' },
      ],
    )
    expect(links.get('1:2')).toEqual([])
  })

  it('links notes sharing a tag, one link per shared tag, sorted by note id then kind', () => {
    const links = buildNoteLinks(
      [
        { id: 'b', tags: ['auth', 'sso'] },
        { id: 'a', tags: ['sso', 'auth'] },
        { id: 'c', tags: ['auth'] },
        { id: 'd', tags: ['other'] },
      ],
      [{ fromId: 'b', toId: 'a' }],
    )
    expect(links.get('a')).toEqual([
      { noteId: 'b', via: 'connector' },
      { noteId: 'b', via: 'tag', tag: 'auth' },
      { noteId: 'b', via: 'tag', tag: 'sso' },
      { noteId: 'c', via: 'tag', tag: 'auth' },
    ])
    expect(links.get('c')).toEqual([
      { noteId: 'a', via: 'tag', tag: 'auth' },
      { noteId: 'b', via: 'tag', tag: 'auth' },
    ])
    expect(links.get('d')).toEqual([])
  })
})
