import { stringify } from 'csv-stringify/browser/esm/sync'

import type { Board, Note } from '../model/board'

/** The CSV export's columns, in order; the first line of the file names them. */
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
 * How every CSV file of the project is written by csv-stringify: `\n` line ends, and cells a
 * spreadsheet would run as formulas neutralised with a leading `'` (`escape_formulas`, see
 * `exportCsv`).
 */
export const CSV_WRITE_OPTIONS = { escape_formulas: true, record_delimiter: 'unix' } as const

function noteRow(note: Note, canvasTitle: string, areaTitle: string): string[] {
  return [
    note.id,
    canvasTitle,
    areaTitle,
    note.text,
    note.author ?? '',
    note.color,
    note.tags.map((tag) => `#${tag}`).join(' '),
    [...new Set(note.links.map((link) => link.noteId))].join(' '),
  ]
}

/**
 * The board's notes as CSV (RFC 4180, comma-separated, `\n` line ends, a header line of
 * `CSV_COLUMNS`), one row per note: canvases in board order, each canvas's areas in fill order
 * with their notes in reading order, then its notes outside any area (empty `area`). `tags` are
 * `#tag`s separated by spaces; `linked note ids` the ids of the notes it is linked to (by
 * connector or shared tag), each once, separated by spaces. Text keeps its line breaks.
 *
 * Written by csv-stringify (browser build, so the panel can use it too) with `escape_formulas`:
 * a cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, or their full-width forms) gets a leading `'`, as OWASP advises against CSV
 * injection (owasp.org/www-community/attacks/CSV_Injection). Rows are written canvas by canvas,
 * so a big board's rows are never all held at once. Pure: the same board always gives the same
 * text.
 */
export function exportCsv(board: Board): string {
  const options = { columns: [...CSV_COLUMNS], ...CSV_WRITE_OPTIONS } as const
  const header = stringify([], { ...options, header: true })
  const canvases = board.canvases.map((canvas) =>
    stringify(
      [
        ...canvas.areas.flatMap((area) =>
          area.notes.map((note) => noteRow(note, canvas.title, area.title)),
        ),
        ...canvas.strayNotes.map((note) => noteRow(note, canvas.title, '')),
      ],
      options,
    ),
  )
  return header + canvases.join('')
}
