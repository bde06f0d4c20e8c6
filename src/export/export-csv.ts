import { string, stringQuoteOnlyIfNecessary } from '@json2csv/formatters'
import { Parser } from '@json2csv/plainjs'

import { boardLocale } from '../fit/fit-locale'
import { votesByNote } from '../fit/vote-fit'
import type { MessageKey } from '../locale/catalogues'
import type { Locale } from '../locale/locales'
import { translator } from '../locale/translator'
import type { Board, Note } from '../model/board'

/**
 * The CSV export's columns, in order, by their English names; the first line of the file names
 * them in the export's language (`CSV_COLUMN_KEYS`).
 */
export const CSV_COLUMNS = [
  'note id',
  'canvas',
  'area',
  'text',
  'author',
  'colour',
  'tags',
  'linked note ids',
] as const

/**
 * The `export` catalogue's name of each column, then of `votes`, the column added on a board
 * with dot votes: the stamps on the sticky.
 */
const CSV_COLUMN_KEYS: readonly MessageKey[] = [
  'export.csvNoteId',
  'export.csvCanvas',
  'export.csvArea',
  'export.csvText',
  'export.csvAuthor',
  'export.csvColour',
  'export.csvTags',
  'export.csvLinkedNoteIds',
  'export.csvVotes',
]

function noteRow(note: Note, canvasTitle: string, areaTitle: string, votes: boolean): string[] {
  const row = [
    note.id,
    canvasTitle,
    areaTitle,
    note.text,
    note.author ?? '',
    note.color,
    note.tags.map((tag) => `#${tag}`).join(' '),
    [...new Set(note.links.map((link) => link.noteId))].join(' '),
  ]
  return votes ? [...row, String(note.votes?.total ?? 0)] : row
}

/**
 * A cell a spreadsheet would run as a formula: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP's CSV injection list) or their full-width forms, also after leading
 * white space and invisible characters (format and control characters such as zero-width spaces,
 * bidi marks and the byte-order mark, and the Hangul fillers), which spreadsheets skip or show as
 * nothing.
 */
const FORMULA_START =
  /^[\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

/** Line breaks of any kind: a cell holding one is quoted, so no spreadsheet starts a row there. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/

const neutralised = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell)

const quoted = string()
const quotedIfNeeded = stringQuoteOnlyIfNecessary({ eol: '\n' })

/**
 * One cell as every CSV file of the project writes it (json2csv's string formatters): neutralised
 * when a spreadsheet would run it as a formula (`FORMULA_START`), quoted (RFC 4180, quotes
 * doubled) when it holds a comma, a quote or a line break of any kind (`LINE_BREAK`).
 */
const csvCell = (value: string): string => {
  const cell = neutralised(value)
  return LINE_BREAK.test(cell) ? quoted(cell) : quotedIfNeeded(cell)
}

/**
 * `rows` as CSV lines (json2csv), each ended by `\n`, after a line of `header` when given: comma
 * separated, every cell written by `csvCell`. Rows of empty cells are kept.
 */
export function csvLines(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const width = header?.length ?? rows[0]?.length ?? 0
  const parser = new Parser<readonly string[], readonly string[]>({
    fields: Array.from({ length: width }, (_, index) => ({
      label: header?.[index] ?? '',
      value: (row: readonly string[]) => row[index] ?? '',
    })),
    header: header !== undefined,
    includeEmptyRows: true,
    formatters: { header: csvCell, string: csvCell },
  })
  const text = parser.parse([...rows])
  return header === undefined && rows.length === 0 ? '' : `${text}\n`
}

/**
 * The board's notes as CSV (RFC 4180, comma-separated, `\n` line ends, a header line of
 * `CSV_COLUMNS`), one row per note: canvases in board order, each canvas's areas in fill order
 * with their notes in reading order, then its notes outside any area (empty `area`). `tags` are
 * `#tag`s separated by spaces; `linked note ids` the ids of the notes it is linked to (by
 * connector or shared tag), each once, separated by spaces. Text keeps its line breaks. On a
 * board where any sticky has dot votes, a last column `votes` gives each note's stamp count.
 * The header names the columns in `locale`, by default the board's language (`boardLocale`: its
 * first canvas's); the columns' order never changes.
 *
 * Written by json2csv (`csvLines`, plain JavaScript, so the panel can use it too). A cell a
 * spreadsheet would run as a formula (`FORMULA_START`) gets a leading `'`, as OWASP advises
 * against CSV injection;
 * a cell holding a line break of any kind (`LINE_BREAK`: CR, LF, VT, FF, NEL, U+2028, U+2029) is
 * quoted, so a lone carriage return cannot start a row either. Rows are written canvas by canvas,
 * so a big board's rows are never all held at once. Pure: the same board always gives the same
 * text.
 */
export function exportCsv(board: Board, locale: Locale = boardLocale(board)): string {
  const votes = votesByNote(board).size > 0
  const t = translator(locale)
  const columns = CSV_COLUMN_KEYS.slice(0, CSV_COLUMNS.length + (votes ? 1 : 0)).map((key) =>
    t(key),
  )
  const header = csvLines([], columns)
  const canvases = board.canvases.map((canvas) =>
    csvLines([
      ...canvas.areas.flatMap((area) =>
        area.notes.map((note) => noteRow(note, canvas.title, area.title, votes)),
      ),
      ...canvas.strayNotes.map((note) => noteRow(note, canvas.title, '', votes)),
    ]),
  )
  return header + canvases.join('')
}
