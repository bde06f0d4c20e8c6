import { type OutputUnit, type Schema, type SchemaDraft, Validator } from '@cfworker/json-schema'

import templateSchema from '../../node_modules/apiops-cycles-method-data/src/schemas/import-export-template.schema.json'
import type { CanvasCreatorMetadata } from '../model/board'
import { type FileIssue, jsonPath, jsonTypeName } from '../model/file-error'

/** A sticky note in a Canvas Creator file; `position` is its top-left corner in the 1000 × 712 drawing. */
export interface CanvasCreatorNote {
  content: string
  /** Side of the square note in the drawing, px; Canvas Creator uses 80. */
  size: number
  /** `#RRGGBB`, either case. */
  color: string
  position?: { x?: number | undefined; y?: number | undefined }
}

export interface CanvasCreatorSection {
  sectionId: string
  stickyNotes: CanvasCreatorNote[]
}

/**
 * A Canvas Creator file, as checked by the method's JSON Schema
 * `import-export-template.schema.json` in `apiops-cycles-method-data`.
 */
export interface CanvasCreatorFile {
  templateId: string
  locale: string
  metadata: CanvasCreatorMetadata
  sections: CanvasCreatorSection[]
}

const DRAFTS: readonly [string, SchemaDraft][] = [
  ['draft-04', '4'],
  ['draft-07', '7'],
  ['2019-09', '2019-09'],
  ['2020-12', '2020-12'],
]

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null

let validator: Validator | undefined

function templateValidator(): Validator {
  if (validator === undefined) {
    const schema: unknown = templateSchema
    if (!isSchema(schema)) {
      throw new Error("The method's Canvas Creator schema is not a JSON Schema object.")
    }
    const declared = typeof schema.$schema === 'string' ? schema.$schema : ''
    const draft = DRAFTS.find(([marker]) => declared.includes(marker))?.[1]
    if (draft === undefined) {
      throw new Error(
        `The method's Canvas Creator schema uses "${declared}", a JSON Schema draft this plugin cannot check.`,
      )
    }
    validator = new Validator(schema, draft, false)
  }
  return validator
}

/**
 * True when `value` passes the method's JSON Schema for Canvas Creator files (draft read from
 * its `$schema`; checked with @cfworker/json-schema). Notes allow no extra fields.
 */
export function isCanvasCreatorFile(value: unknown): value is CanvasCreatorFile {
  return templateValidator().validate(value).valid
}

/**
 * Problems of `value` by the method's JSON Schema, one per field, each with its JSON path:
 * `sections[0].stickyNotes[2].color: "#12" is not a colour like "#FFF399"`. Empty when valid.
 */
export function canvasCreatorSchemaIssues(value: unknown): FileIssue[] {
  const units = templateValidator().validate(value).errors
  const leaves = units.filter(
    (unit) =>
      !units.some(
        (other) =>
          other !== unit &&
          (other.keywordLocation.startsWith(`${unit.keywordLocation}/`) ||
            (unit.keyword === 'additionalProperties' &&
              other.instanceLocation.startsWith(`${unit.instanceLocation}/`))),
      ),
  )
  const issues: FileIssue[] = []
  for (const unit of leaves) {
    const issue = describeUnit(value, unit)
    if (!issues.some((known) => JSON.stringify(known) === JSON.stringify(issue))) {
      issues.push(issue)
    }
  }
  return issues
}

function describeUnit(root: unknown, unit: OutputUnit): FileIssue {
  const segments = pointerSegments(unit.instanceLocation)
  const value = valueAt(root, segments)
  const rule = valueAt(templateSchema, pointerSegments(unit.keywordLocation))
  const path = jsonPath(typedSegments(root, segments))
  switch (unit.keyword) {
    case 'required': {
      const missing = Array.isArray(rule)
        ? rule.filter((key): key is string => typeof key === 'string' && !hasKey(value, key))
        : []
      const field = missing.find((key) => unit.error.includes(`"${key}"`)) ?? missing[0] ?? ''
      return {
        path: jsonPath(typedSegments(root, [...segments, field])),
        key: 'common.issueMissing',
      }
    }
    case 'false':
      return { path, key: 'common.issueNotCanvasCreatorField' }
    case 'type':
      return {
        path,
        key: 'common.issueType',
        values: { expected: String(rule), actual: jsonTypeName(value) },
      }
    case 'pattern':
      return segments.at(-1) === 'color'
        ? { path, key: 'common.issueColor', values: { value: JSON.stringify(value) } }
        : { path, key: 'common.issuePattern', values: { pattern: String(rule) } }
    default:
      return { path, key: 'common.issueInvalid' }
  }
}

function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((segment) => decodeSegment(segment).replace(/~1/g, '/').replace(/~0/g, '~'))
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function hasKey(value: unknown, key: string): boolean {
  return isRecord(value) && Object.hasOwn(value, key)
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current = root
  for (const segment of segments) {
    current = Array.isArray(current)
      ? (current as unknown[])[Number(segment)]
      : isRecord(current)
        ? current[segment]
        : undefined
  }
  return current
}

/** The path segments of `segments` in `root`: an index into an array as a number. */
function typedSegments(root: unknown, segments: readonly string[]): (string | number)[] {
  let current = root
  return segments.map((key) => {
    if (Array.isArray(current)) {
      current = (current as unknown[])[Number(key)]
      return Number(key)
    }
    current = isRecord(current) ? current[key] : undefined
    return key
  })
}
