import * as z from 'zod/mini'

import { fitRoleSchema } from '../canvas/fit-role'
import { localeSchema } from '../locale/locales'
import { BOARD_SCHEMA_VERSION } from './board-schema-version'
import { idSchema } from './id-schema'

export { BOARD_SCHEMA_VERSION, idSchema }

/** A point in px, relative to the top-left corner of the note's canvas section. */
export const canvasPointSchema = z.object({ x: z.number(), y: z.number() })

/** Why two notes are linked: a FigJam connector between them, or a `#tag` both carry. */
export const noteLinkSchema = z.object({
  noteId: idSchema,
  via: z.enum(['connector', 'tag']),
  /** The shared tag, lower-case without `#`, when `via` is `tag`. */
  tag: z.optional(z.string()),
})
export type NoteLink = z.infer<typeof noteLinkSchema>

/**
 * Dot votes on a sticky: the FigJam stamps stuck to it (`StampNode.stuckTo`). Present only on a
 * sticky with at least one stamp, so a board without stamps reads and exports as before.
 */
export const noteVotesSchema = z.object({
  /** Stamps stuck to the sticky, of every kind. */
  total: z.number().check(z.int(), z.positive()),
  /**
   * Stamps per kind, keyed by the stamp's name as FigJam gives it (`+1`, `Heart`, `Thumbs up`…),
   * kinds in name order.
   */
  byStamp: z.record(z.string(), z.number().check(z.int(), z.positive())),
})
export type NoteVotes = z.infer<typeof noteVotesSchema>

/** A sticky read from the board. */
export const noteSchema = z.object({
  /** FigJam node id of the sticky. */
  id: idSchema,
  /** The sticky's text, as typed. Never empty: empty stickies are counted, not read. */
  text: z.string().check(z.minLength(1)),
  /** Name of the person who made the sticky, when FigJam shows one. */
  author: z.nullable(z.string()),
  /** Sticky fill, `#RRGGBB` upper-case. */
  color: z.string().check(z.regex(/^#[0-9A-F]{6}$/)),
  /** Top-left corner, px, relative to the canvas section. */
  position: canvasPointSchema,
  /** `#tags` in the text, lower-case without `#`, first occurrence order, no duplicates. */
  tags: z.array(z.string()),
  /** Connectors and shared tags to other notes on the board, in note-id order. */
  links: z.array(noteLinkSchema),
  /** Dot votes from stamps; absent when no stamp is stuck to the sticky. */
  votes: z.optional(noteVotesSchema),
})
export type Note = z.infer<typeof noteSchema>

/** One area of a canvas as found on the board, with its notes in reading order. */
export const areaSchema = z.object({
  /** Area id from the canvas definition. */
  id: idSchema,
  /** FigJam node id of the area's section; null when a person deleted the section. */
  sectionId: z.nullable(idSchema),
  title: z.string(),
  label: z.string(),
  fillOrder: z.number(),
  role: fitRoleSchema,
  notes: z.array(noteSchema),
})
export type Area = z.infer<typeof areaSchema>

/**
 * Who made a Canvas Creator file's content and under which terms (CC BY-SA attribution); Canvas
 * Creator shows it in the canvas footer (../shared/DOMAIN.md §5).
 */
export const canvasCreatorMetadataSchema = z.object({
  source: z.string(),
  license: z.string(),
  authors: z.array(z.string()),
  website: z.string(),
  /** ISO 8601 time of the export. */
  date: z.optional(z.string()),
})
export type CanvasCreatorMetadata = z.infer<typeof canvasCreatorMetadataSchema>

/**
 * One note of a Canvas Creator file as the file had it: the board note it became (`noteId`; null
 * for a note with no text, which a board does not hold, so its `content` is kept here), its
 * `size`, its `color` as the file spelled it and its `position` in Canvas Creator's 1000 × 712
 * drawing, px.
 */
export const canvasCreatorNoteOriginSchema = z.object({
  noteId: z.nullable(idSchema),
  size: z.number(),
  position: z.optional(z.object({ x: z.optional(z.number()), y: z.optional(z.number()) })),
  content: z.optional(z.string()),
  color: z.optional(z.string()),
})

/**
 * What a canvas imported from a Canvas Creator file keeps of it that a board does not hold, so a
 * Canvas Creator export writes the file back unchanged: the file's `locale` as written, its
 * `metadata`, and its sections in the file's order with their notes. A section the method no
 * longer has (`mitigateDataRisks` of an earlier Business Impact Canvas) has its notes among the
 * canvas's stray notes and is written back to that section.
 */
export const canvasCreatorOriginSchema = z.object({
  locale: z.string(),
  metadata: canvasCreatorMetadataSchema,
  sections: z.array(
    z.object({ sectionId: z.string(), notes: z.array(canvasCreatorNoteOriginSchema) }),
  ),
})
export type CanvasCreatorOrigin = z.infer<typeof canvasCreatorOriginSchema>

/** One placed canvas: a FigJam section made by the plugin from a template. */
export const canvasSchema = z.object({
  /** FigJam node id of the canvas section. */
  id: idSchema,
  templateId: idSchema,
  /** The section's name as it is on the board now (people may rename it). */
  title: z.string(),
  /** Areas in fill order, one per area of the template, including deleted ones. */
  areas: z.array(areaSchema),
  /** Notes on the canvas that lie in no area, in reading order. */
  strayNotes: z.array(noteSchema),
  /** Stickies on the canvas with no text: skipped, only counted. */
  emptyStickyCount: z.number().check(z.int(), z.nonnegative()),
  /** Set when the canvas was read from a Canvas Creator file: what that file held besides notes. */
  canvasCreator: z.optional(canvasCreatorOriginSchema),
  /**
   * The language the canvas was placed in, which its findings and exports are written in; absent
   * on a canvas placed before the plugin spoke other languages, read as `DEFAULT_LOCALE`.
   */
  locale: z.optional(localeSchema),
})
export type Canvas = z.infer<typeof canvasSchema>

/**
 * What a read problem's sentence names, by placeholder; which of them depends on its code
 * (`readProblemText`): the canvas's title (`canvas`), an area's title (`area`), a section's name
 * or a Canvas Creator section id (`section`), the area id and template id a section claims, a
 * `#tag` without `#` (`tag`), how many (`count`) and the limit passed (`max`, `limit`).
 */
export const readProblemValuesSchema = z.object({
  canvas: z.optional(z.string()),
  area: z.optional(z.string()),
  section: z.optional(z.string()),
  areaId: z.optional(z.string()),
  templateId: z.optional(z.string()),
  tag: z.optional(z.string()),
  count: z.optional(z.number()),
  max: z.optional(z.number()),
  limit: z.optional(z.number()),
})
export type ReadProblemValues = z.infer<typeof readProblemValuesSchema>

/**
 * Something about the board that kept part of it from being read as the template says: a `code`
 * and the `values` its sentence names, worded by whoever shows it (`readProblemText`).
 * `node-removed`: a node was deleted while the board was being read; it was skipped.
 * `tag-not-linked`: a `#tag` on so many stickies that it is read as a label and links none, or a
 *   sticky with so many tags that only the first `MAX_LINKED_TAGS` link.
 * `retired-section`: notes of a Canvas Creator file's section the method no longer has; they are
 *   kept as stray notes and written back to that section on a Canvas Creator export.
 * `message` is the sentence in English: a JSON export writes it (`exportJson`), and an export of
 * a version without `values` has only it.
 */
export const readProblemSchema = z.object({
  code: z.enum([
    'area-section-missing',
    'canvas-moved',
    'unknown-template',
    'unknown-area',
    'node-removed',
    'tag-not-linked',
    'retired-section',
  ]),
  message: z.optional(z.string()),
  values: z.optional(readProblemValuesSchema),
  canvasId: idSchema,
  areaId: z.nullable(z.string()),
})
export type ReadProblem = z.infer<typeof readProblemSchema>

/** Everything read from the board in one pass: plain data, no FigJam nodes. */
export const boardSchema = z.object({
  schemaVersion: z.literal(BOARD_SCHEMA_VERSION),
  canvases: z.array(canvasSchema),
  problems: z.array(readProblemSchema),
})
export type Board = z.infer<typeof boardSchema>
