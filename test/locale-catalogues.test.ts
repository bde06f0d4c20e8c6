import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

import { type Catalogue, catalogues } from '../src/locale/catalogues'
import { LOCALES } from '../src/locale/locales'

const keysOf = (catalogue: Catalogue): string[] =>
  Object.entries(catalogue).flatMap(([part, messages]) =>
    Object.keys(messages).map((id) => `${part}.${id}`),
  )

const messageOf = (catalogue: Catalogue, key: string): string => {
  const dot = key.indexOf('.')
  const message = catalogue[key.slice(0, dot)]?.[key.slice(dot + 1)]
  if (typeof message !== 'string') throw new Error(`${key} is not ICU text`)
  return message
}

/** The names a message's placeholders, plurals and selects read, sorted, each once. */
function placeholders(elements: readonly MessageFormatElement[]): string[] {
  const names = new Set<string>()
  const walk = (list: readonly MessageFormatElement[]): void => {
    for (const element of list) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      names.add(element.value)
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value)
      }
      if (element.type === TYPE.tag) walk(element.children)
    }
  }
  walk(elements)
  return [...names].sort()
}

/** Every .ts and .tsx file of src/ but the catalogues themselves, as one text. */
function sourceText(): string {
  const texts: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (path !== join('src', 'locale', 'catalogue')) walk(path)
      } else if (/\.tsx?$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'))
    }
  }
  walk('src')
  return texts.join('\n')
}

const english = keysOf(catalogues.en)

describe('the message catalogues', () => {
  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has exactly the keys of the English catalogue',
    (locale) => {
      const keys = keysOf(catalogues[locale])
      expect({
        missing: english.filter((key) => !keys.includes(key)),
        unknown: keys.filter((key) => !english.includes(key)),
      }).toEqual({ missing: [], unknown: [] })
    },
  )

  it.each(LOCALES)(
    'every %s message parses, with the placeholders of the English one',
    (locale) => {
      const differing = english.filter((key) => {
        const options = { ignoreTag: true }
        const own = placeholders(parse(messageOf(catalogues[locale], key), options))
        return own.join() !== placeholders(parse(messageOf(catalogues.en, key), options)).join()
      })
      expect(differing).toEqual([])
    },
  )

  it('has no key the code does not use: each is written out in src/', () => {
    const source = sourceText()
    const unused = english.filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`),
    )
    expect(unused).toEqual([])
  })
})
