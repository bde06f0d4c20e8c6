import { readFileSync } from 'node:fs'

import {
  apiEntityV1alpha1Validator,
  type Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model'
import { parseAllDocuments } from 'yaml'

import { runCliAsync } from '../src/cli/api-canvas'
import type { Board } from '../src/model/board'
import { sampleBoard } from './fixtures/sample-board'
import { readNote } from './note-factory'

/** What people type on stickies that YAML, JSON, Markdown, CSV and templates may misread. */
export const HOSTILE_STICKIES: readonly string[] = [
  'name: x\n---\n',
  '{{ }}',
  '$ref',
  '{"$ref": "#/components/schemas/Parcel"}',
  '- item\n? key\n: value\n&anchor *alias !!binary',
  '<!-- api-canvas-finding: 0000000000000000 -->',
  '<script>alert(1)</script> [click](javascript:alert(1))',
  '=HYPERLINK("http://evil.example","click")',
  '\u001b[31mred\u001b[0m \u202Efdp.exe',
  '# Not a heading\n| a | b |',
  'yes',
  '1:41',
  '👩🏽‍💻 API for 🇫🇮 teams',
]

/** The sample OpenAPI 3.1 document the overlay tests apply overlays to. */
export const sampleOpenApi = (): unknown =>
  JSON.parse(
    readFileSync(new URL('fixtures/openapi/parcel-tracking.openapi.json', import.meta.url), 'utf8'),
  )

/**
 * The sample board with a hostile sticky in every area of its API Canvas (the name area's first)
 * and every hostile sticky as an unanswered pain, ids `h<area>-<index>`.
 */
export function hostileBoard(): Board {
  const board = structuredClone(sampleBoard)
  for (const canvas of board.canvases) {
    for (const area of canvas.areas) {
      if (canvas.templateId === 'api-canvas') {
        area.notes.unshift(
          ...HOSTILE_STICKIES.map((text, index) => readNote(`h${area.id}-${String(index)}`, text)),
        )
      } else if (area.id === 'pains') {
        area.notes.push(
          ...HOSTILE_STICKIES.map((text, index) => readNote(`hp-${String(index)}`, text)),
        )
      }
    }
  }
  return board
}

/**
 * Checks each YAML document of a catalog-info.yaml the way Backstage ingests it: the `$text`
 * placeholder in `spec.definition` is replaced by `definitionText` (as Backstage's placeholder
 * processor does), then the entity must pass @backstage/catalog-model's envelope schema, field
 * formats, no foreign root fields and the API kind's validator.
 * @returns the entities as read from the YAML, placeholders still in.
 * @throws the validators' errors.
 */
export async function validateCatalogAsync(
  yamlText: string,
  definitionText: string,
): Promise<Entity[]> {
  const policy = EntityPolicies.allOf([
    new SchemaValidEntityPolicy(),
    new FieldFormatEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
  ])
  const entities: Entity[] = []
  for (const document of parseAllDocuments(yamlText)) {
    if (document.errors.length > 0) throw new Error(document.errors.join('\n'))
    const entity = document.toJS() as Entity
    const resolved = structuredClone(entity)
    const spec = resolved.spec ?? {}
    const definition = spec.definition
    if (typeof definition !== 'object' || definition === null || !('$text' in definition)) {
      throw new Error('spec.definition is not a $text placeholder')
    }
    spec.definition = definitionText
    await policy.enforce(resolved)
    if (!(await apiEntityV1alpha1Validator.check(resolved))) throw new Error('not an API entity')
    entities.push(entity)
  }
  return entities
}

/** One run of `api-canvas` on in-memory files: its exit status, output and the files after. */
export async function runOnFilesAsync(
  argv: string[],
  files: Record<string, string>,
): Promise<{ status: number; stdout: string; stderr: string; files: Map<string, string> }> {
  const disk = new Map(Object.entries(files))
  const output = { stdout: '', stderr: '' }
  const status = await runCliAsync(argv, {
    stdout: (text) => (output.stdout += text),
    stderr: (text) => (output.stderr += text),
    readFileAsync: async (path) => {
      const text = disk.get(path)
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`)
      return Promise.resolve(new TextEncoder().encode(text))
    },
    sameFileAsync: async (a, b) => Promise.resolve(a === b),
    writeTextFileAsync: async (path, text) => {
      disk.set(path, text)
      return Promise.resolve()
    },
  })
  return { status, ...output, files: disk }
}
