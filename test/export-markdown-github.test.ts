import fc from 'fast-check'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { math, mathHtml } from 'micromark-extension-math'
import { describe, expect, test } from 'vitest'

import { exportMarkdown } from '../src/export/export-markdown'
import { checkFit } from '../src/fit/check-fit'
import { quoteNote } from '../src/fit/quote-note'
import type { Board, Note } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'

/** HTML as GitHub's Markdown renders it: GFM with math, raw HTML let through so it shows. */
const githubHtml = (markdown: string): string =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm(), math()],
    htmlExtensions: [gfmHtml(), mathHtml()],
  })

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHtml = (value: string): string =>
  value.replace(/[&<>"]/g, (character) => entities[character] ?? character)

/** How a reader shows the text CommonMark was given: U+0000 as U+FFFD (CommonMark §2.3). */
const asRead = (value: string): string => value.replaceAll('\0', '\uFFFD')

/** A sticky's text as the export promises to keep it: lines trimmed, blank lines dropped. */
const noteLines = (value: string): string =>
  value
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')

const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()

function firstNote(board: Board, areaId: string): Note {
  const note = board.canvases[0]?.areas.find((area) => area.id === areaId)?.notes[0]
  if (note === undefined) throw new Error(`the sample board has a note in ${areaId}`)
  return note
}

interface Hostile {
  pain: string
  reliever: string
  author: string
  title: string
}

/** The sample's first canvas with its first pain, its reliever, the author and title set. */
function boardWith(texts: Hostile): Board {
  const board: Board = {
    schemaVersion: 1,
    canvases: structuredClone(sampleBoard.canvases.slice(0, 1)),
    problems: [],
  }
  const pain = firstNote(board, 'pains')
  pain.text = texts.pain
  pain.author = texts.author
  firstNote(board, 'painRelievers').text = texts.reliever
  const [canvas] = board.canvases
  if (canvas !== undefined) canvas.title = texts.title
  return board
}

const render = (board: Board): string => githubHtml(exportMarkdown(board, checkFit(board)))

const placeholders: Hostile = {
  pain: 'PAINTEXT',
  reliever: 'RELIEVERTEXT',
  author: 'AUTHORTEXT',
  title: 'TITLETEXT',
}

/**
 * The HTML a reader should see for `texts`: the placeholder board's HTML with each placeholder
 * (and each placeholder's quote) replaced by the escaped text as written.
 */
function expectedHtml(texts: Hostile): string {
  const shown: Record<string, string> = {
    '“PAINTEXT”': quoteNote(texts.pain),
    '“RELIEVERTEXT”': quoteNote(texts.reliever),
    PAINTEXT: noteLines(texts.pain) || quoteNote(texts.pain),
    RELIEVERTEXT: noteLines(texts.reliever) || quoteNote(texts.reliever),
    AUTHORTEXT: oneLine(texts.author),
    TITLETEXT: oneLine(texts.title) || 'Untitled canvas',
  }
  return render(boardWith(placeholders)).replace(
    /“PAINTEXT”|“RELIEVERTEXT”|PAINTEXT|RELIEVERTEXT|AUTHORTEXT|TITLETEXT/g,
    (placeholder) => escapeHtml(asRead(shown[placeholder] ?? placeholder)),
  )
}

const markup = [
  ...['$', '$$', '$`', '\\$', '~', '~~', '[ ]', '[x]', '[^1]', '[!NOTE]', ':', '::', '@'],
  ...['www.', 'http://', 'https://a.b', 'a@b.co', 'mailto:', 'xmpp:', '|', '-', '*', '_', '`'],
  ...['```', '#', '1.', '1)', '>', '<', '<b>', '<!--', '&', '&amp;', '&#36;', '\\', '!', '('],
  ...[')', '[', ']', '=', '+', '^', '{', '}', '\\(', '\\[', 'x', 'é', ' ', '  ', '\t', '\n'],
  ...['\r', '\0', '\u00a0', '\u2028'],
]
const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...markup) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  minLength: 1,
  maxLength: 30,
})

/** An author or canvas title that is not blank, on one line as findings quote a title. */
const hostileLine = hostileText.map(oneLine).filter((title) => title !== '')

describe('the Markdown export rendered as GitHub renders it (GFM and math)', () => {
  test('shows the placeholder board with no math, strikethrough, link or HTML of its own', () => {
    const html = render(boardWith(placeholders))
    expect(html).toContain('<li>PAINTEXT<br />\n<em>by AUTHORTEXT · answered by: “RELIEVERTEXT”')
    expect(html).not.toMatch(/<(del|a|span|code|script)\b/)
  })

  test('shows money, tildes, task boxes and bare URLs in a sticky as typed', () => {
    const texts: Hostile = {
      pain: 'Costs $5 to $10 a month, ~2~ ~~weeks~~, see www.example.com or a@b.co [x] $$',
      reliever: '$x^2$ and $$\ny$$ and $`z`$',
      author: '[^1] @octocat :tada: x@a@b.co',
      title: '$$ Fit | $a$',
    }
    const html = render(boardWith(texts))
    expect(html).toBe(expectedHtml(texts))
    expect(html).not.toMatch(/<(del|a|span|code|sup)\b/)
  })

  test('shows any sticky text, author and canvas title as literal text', () => {
    fc.assert(
      fc.property(
        fc.record({
          pain: hostileText,
          reliever: hostileText,
          author: hostileLine,
          title: hostileLine,
        }),
        (texts) => {
          expect(render(boardWith(texts))).toBe(expectedHtml(texts))
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 300) },
    )
  })
})
