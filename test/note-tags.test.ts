import { describe, expect, it } from 'vitest'

import { parseNoteTags } from '../src/model/note-tags'

describe('parseNoteTags', () => {
  it('finds tags lower-cased, in first-occurrence order, each once', () => {
    expect(parseNoteTags('#Auth needs #SSO and #auth again')).toEqual(['auth', 'sso'])
  })

  it('accepts Unicode letters, digits, hyphens and underscores', () => {
    expect(parseNoteTags('Läuft #Zugriffsschutz #äpfel_2 #rate-limit #käyttö')).toEqual([
      'zugriffsschutz',
      'äpfel_2',
      'rate-limit',
      'käyttö',
    ])
  })

  it('ends a tag at punctuation and whitespace', () => {
    expect(parseNoteTags('(#latency), #cost.\n#privacy!')).toEqual(['latency', 'cost', 'privacy'])
  })

  it('ignores # inside words, entities and a lone #', () => {
    expect(parseNoteTags('C# SDK, issue a#b, &#39; and # alone, ## twice')).toEqual([])
  })

  it('gives no tags for text without any', () => {
    expect(parseNoteTags('Slow onboarding for partners')).toEqual([])
  })
})
