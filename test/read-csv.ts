/**
 * Reads CSV as RFC 4180 says (quoted fields may hold commas, quotes (doubled) and line breaks)
 * and as spreadsheets do: an unquoted CR, LF or CR LF ends a row.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index)
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        field += '"'
        index++
      } else if (character === '"') {
        quoted = false
      } else {
        field += character
      }
    } else if (character === '"') {
      quoted = true
    } else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text.charAt(index + 1) === '\n') index++
      rows.push([...row, field])
      row = []
      field = ''
    } else {
      field += character
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
