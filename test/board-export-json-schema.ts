import * as z from 'zod/mini'

import { boardExportSchema } from '../src/export/board-export'

/**
 * JSON Schema (draft 2020-12) of the JSON export, generated from `boardExportSchema` by zod's
 * `toJSONSchema`, describing what `exportJson` writes (extra fields are not allowed). Committed as
 * `schema/board-export.schema.json`, which test/board-export-schema.test.ts keeps equal to it
 * (and rewrites with `vitest -u`).
 * @returns the schema as text: 2-space indents and a trailing newline.
 */
export function boardExportJsonSchema(): string {
  const generated = z.toJSONSchema(boardExportSchema)
  const schema = {
    $schema: generated.$schema,
    title: 'API Canvas for FigJam board export',
    description:
      'A FigJam board read by the API Canvas plugin (canvases, areas, sticky notes, links) with the findings and fit summaries of its check.',
    ...generated,
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}
