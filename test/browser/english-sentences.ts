import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import type { Page } from 'playwright-core'

import { catalogues } from '../../src/locale/catalogues'

/** Names that stay as they are in every language; they do not make a sentence English. */
const BRANDS = [
  'APIOps Cycles',
  'API Canvas',
  'Canvas Creator',
  'FigJam',
  'Figma',
  'OpenAPI',
  'Backstage',
  'GitHub',
  'Jira',
  'Markdown',
  'JSON',
  'CSV',
]

function literals(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value]
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return Object.values(element.options).flatMap((option) => literals(option.value))
    }
    return []
  })
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((word) => /\p{L}/u.test(word))

/**
 * The English catalogue's sentences of `parts` as they can show in the panel: each run of literal
 * text of a message (between its placeholders, in every plural and select branch), with the
 * punctuation it ends with (`Evidence for:` is the panel's, `Evidence for opportunity` the
 * method's), kept when it has more than one word besides brand names.
 */
export function englishSentences(parts: readonly string[]): string[] {
  const sentences = new Set<string>()
  for (const part of parts) {
    for (const message of Object.values(catalogues.en[part] ?? {})) {
      if (typeof message !== 'string') continue
      const elements = parse(message, { ignoreTag: true })
      for (const literal of literals(elements)) {
        const text = literal.replace(/^[\s\p{P}]+|\s+$/gu, '')
        const unbranded = BRANDS.reduce((rest, brand) => rest.replaceAll(brand, ' '), text)
        if (wordsOf(unbranded).length > 1) sentences.add(text)
      }
    }
  }
  return [...sentences]
}

/**
 * What a person reads in the page and what a screen reader says: the text shown, and every
 * `aria-label`, `aria-valuetext`, `title` and `placeholder`, one text per line.
 */
export async function readableTextAsync(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['aria-label', 'aria-valuetext', 'title', 'placeholder']
    const values = [...document.querySelectorAll('*')].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? ''),
    )
    return [document.body.innerText, ...values].join('\n')
  })
}

/** The sentences of `sentences` found in `text`, ignoring case and runs of white space. */
export function sentencesIn(text: string, sentences: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, ' ').toLowerCase()
  return sentences.filter((sentence) => flat.includes(sentence.replace(/\s+/g, ' ').toLowerCase()))
}

/**
 * Gathers what a person reads in `page` (`readableTextAsync`) each time `readAsync` is called;
 * `englishIn` lists the sentences of `sentences` found in all of it (`sentencesIn`).
 */
export function pageReader(page: Page, sentences: readonly string[]) {
  const seen: string[] = []
  return {
    seen,
    readAsync: async (): Promise<void> => {
      seen.push(await readableTextAsync(page))
    },
    englishIn: (): string[] => sentencesIn(seen.join('\n'), sentences),
  }
}
