import { describe, expect, it } from 'vitest'

import { buildNoteLinks, TAG_LINK_LIMIT } from '../src/model/note-links'

describe('buildNoteLinks', () => {
  it('links both ends of a connector, once however many connectors join them', () => {
    const { byNote: links } = buildNoteLinks(
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
    const { byNote: links } = buildNoteLinks(
      [{ id: '1:2', tags: [] }],
      [
        { fromId: '1:2', toId: '9:9' },
        { fromId: '1:2', toId: '1:2' },
      ],
    )
    expect(links.get('1:2')).toEqual([])
  })

  it('links notes sharing a tag, one link per shared tag, sorted by note id then kind', () => {
    const { byNote: links, labelTags } = buildNoteLinks(
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
    expect(labelTags).toEqual([])
  })

  it(`links the stickies of a tag on up to ${String(TAG_LINK_LIMIT)} of them, and none of a tag on more`, () => {
    const tagged = (count: number, tag: string) =>
      Array.from({ length: count }, (_, index) => ({ id: `${tag}:${String(index)}`, tags: [tag] }))
    const notes = [...tagged(TAG_LINK_LIMIT, 'pair'), ...tagged(TAG_LINK_LIMIT + 1, 'mvp')]
    const { byNote: links, labelTags } = buildNoteLinks(notes, [{ fromId: 'mvp:0', toId: 'mvp:1' }])
    expect(links.get('pair:0')).toHaveLength(TAG_LINK_LIMIT - 1)
    expect(links.get('mvp:0')).toEqual([{ noteId: 'mvp:1', via: 'connector' }])
    expect(links.get('mvp:2')).toEqual([])
    expect(labelTags).toEqual([
      { tag: 'mvp', noteIds: notes.slice(TAG_LINK_LIMIT).map((note) => note.id) },
    ])
  })
})
