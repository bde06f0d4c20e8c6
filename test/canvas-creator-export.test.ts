import canvasData from 'apiops-cycles-method-data/canvasData.json'
import { describe, expect, it } from 'vitest'

import { areaNoteRange } from '../src/canvas/area-note-range'
import { findCanvasDefinition } from '../src/canvas/canvas-catalog'
import type { CanvasDefinition } from '../src/canvas/canvas-definition'
import type { NoteRange, Point } from '../src/canvas/note-range'
import { computeTemplateLayout } from '../src/canvas/template-layout'
import { builtInToMethodSections } from '../src/interchange/built-in-to-method-sections'
import { boardFromCanvasCreatorPlan } from '../src/interchange/canvas-creator-board'
import {
  type CanvasCreatorExport,
  exportCanvasCreator,
} from '../src/interchange/canvas-creator-export'
import { type CanvasCreatorPlacementPlan } from '../src/interchange/canvas-creator-import'
import {
  type CanvasCreatorFile,
  canvasCreatorSchemaIssues,
  isCanvasCreatorFile,
} from '../src/interchange/canvas-creator-schema'
import {
  canvasCreatorNoteRange,
  canvasCreatorSectionBox,
} from '../src/method/canvas-creator-drawing'
import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import { parseMethodData } from '../src/method/method-data'
import { packagedMethodData } from '../src/method/packaged-method-data'
import {
  type BoardNoteInput,
  boardWithCanvas,
  canvasCreatorFixtures,
} from './canvas-creator-helpers'
import { planCanvasCreatorImport } from './file-readers'

const DATE = '2026-04-01T12:00:00.000Z'
const methodData = parseMethodData(packagedMethodData)

function parseExport(exported: CanvasCreatorExport): CanvasCreatorFile {
  const value: unknown = JSON.parse(exported.json)
  expect(canvasCreatorSchemaIssues(value)).toEqual([])
  if (!isCanvasCreatorFile(value)) throw new Error(`${exported.fileName} fails the schema`)
  return value
}

const notesBySection = (file: CanvasCreatorFile): Record<string, string[]> =>
  Object.fromEntries(
    file.sections.map((section) => [
      section.sectionId,
      section.stickyNotes.map((note) => `${note.content} ${note.color.toUpperCase()}`).sort(),
    ]),
  )

/**
 * Exports the board a Canvas Creator import plan gives once placed in FigJam and read back: the
 * board then has no record of the file (`canvasCreator`), so notes are mapped from the board.
 */
function exportPlan(plan: CanvasCreatorPlacementPlan): ReturnType<typeof exportCanvasCreator> {
  const board = boardFromCanvasCreatorPlan(plan)
  const canvases = board.canvases.map((canvas) => {
    const placed = { ...canvas }
    delete placed.canvasCreator
    return placed
  })
  return exportCanvasCreator({ ...board, canvases }, canvases[0]?.id ?? '', { date: DATE })
}

const inRange = (point: Point | undefined, range: NoteRange): boolean =>
  point !== undefined &&
  point.x >= range.x &&
  point.x <= range.x + range.width &&
  point.y >= range.y &&
  point.y <= range.y + range.height

function sectionRange(templateId: string, sectionId: string): NoteRange {
  const canvas = methodData.canvasData[templateId]
  const section = canvas?.sections.find((candidate) => candidate.id === sectionId)
  if (canvas === undefined || section === undefined) throw new Error(`${templateId}.${sectionId}`)
  return canvasCreatorNoteRange(canvasCreatorSectionBox(canvas.layout, section.gridPosition))
}

/** Notes spread over the area's note range: first at the top-left, last at the bottom-right. */
function spreadNotes(
  definition: CanvasDefinition,
  areaId: string,
  count: number,
): BoardNoteInput[] {
  const rect = computeTemplateLayout(definition).areas.find((area) => area.areaId === areaId)?.rect
  if (rect === undefined) throw new Error(areaId)
  const range = areaNoteRange(rect)
  return Array.from({ length: count }, (_, index) => {
    const fraction = count === 1 ? 0 : index / (count - 1)
    return {
      text: `${areaId} ${String(index + 1)}`,
      color: '#FFE299',
      position: { x: range.x + fraction * range.width, y: range.y + fraction * range.height },
      author: index % 2 === 0 ? 'Aino' : 'Jonas',
    }
  })
}

describe('Canvas Creator round trip: file → board → file, as the command line does it', () => {
  it.each(canvasCreatorFixtures().map((file) => [file.name, file.text] as const))(
    '%s comes back unchanged: locale, metadata, sections in its order, notes as they were',
    (_, text) => {
      const board = boardFromCanvasCreatorPlan(planCanvasCreatorImport(text))
      const exported = exportCanvasCreator(board, board.canvases[0]?.id ?? '', {})
      expect(exported).toHaveLength(1)
      expect(exported[0]?.leftOut).toEqual([])
      expect(JSON.parse(exported[0]?.json ?? '')).toEqual(JSON.parse(text))
    },
  )
})

describe('Canvas Creator round trip: file → placement plan → FigJam board → file', () => {
  const files = canvasCreatorFixtures().filter(({ text }) => {
    try {
      return planCanvasCreatorImport(text).retiredSections.length === 0
    } catch {
      return false
    }
  })

  it('covers the package example templates and our own files', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining([
        'Canvas_apiBusinessModelCanvas.json',
        'export_full_apiBusinessModelCanvas_en.json',
        'workshop_apiBusinessModelCanvas_fi.json',
        'payments_customerJourneyCanvas_de.json',
        'payments_apiValuePropositionCanvas_pt-BR.json',
        'invoices_restCanvas_sv.json',
      ]),
    )
  })

  it.each(files.map((file) => [file.name, file.text] as const))(
    '%s gives back every note with its text, section and colour, and passes the schema',
    (_, text) => {
      const original: unknown = JSON.parse(text)
      if (!isCanvasCreatorFile(original)) throw new Error('fixture fails the schema')
      const plan = planCanvasCreatorImport(text)
      const exported = exportPlan(plan)
      expect(exported).toHaveLength(1)
      const [only] = exported
      if (only === undefined) throw new Error('no file')
      const file = parseExport(only)
      expect(file.templateId).toBe(original.templateId)
      expect(file.locale).toBe(plan.definition.locale ?? '')
      expect(file.metadata.date).toBe(DATE)
      const expected = notesBySection(original)
      const actual = notesBySection(file)
      for (const section of methodData.canvasData[original.templateId]?.sections ?? []) {
        expect(actual[section.id], section.id).toEqual(expected[section.id] ?? [])
      }
      expect(file.sections.map((section) => section.sectionId)).toEqual(
        methodData.canvasData[original.templateId]?.sections.map((section) => section.id),
      )
    },
  )

  it.each(files.map((file) => [file.name, file.text] as const))(
    '%s keeps every position that lay in its section, to the pixel',
    (_, text) => {
      const original: unknown = JSON.parse(text)
      if (!isCanvasCreatorFile(original)) throw new Error('fixture fails the schema')
      const [exported] = exportPlan(planCanvasCreatorImport(text))
      if (exported === undefined) throw new Error('no file')
      const file = parseExport(exported)
      for (const section of original.sections) {
        const range = sectionRange(original.templateId, section.sectionId)
        const back = file.sections.find((candidate) => candidate.sectionId === section.sectionId)
        for (const note of section.stickyNotes) {
          const match = back?.stickyNotes.find((candidate) => candidate.content === note.content)
          expect(match?.size).toBe(80)
          const x = note.position?.x
          const y = note.position?.y
          if (x !== undefined && y !== undefined && inRange({ x, y }, range)) {
            expect(Math.abs((match?.position?.x ?? NaN) - x)).toBeLessThanOrEqual(0.5)
            expect(Math.abs((match?.position?.y ?? NaN) - y)).toBeLessThanOrEqual(0.5)
          } else {
            const position = match?.position
            expect(inRange({ x: position?.x ?? NaN, y: position?.y ?? NaN }, range)).toBe(true)
          }
        }
      }
    },
  )
})

describe('Canvas Creator export of the built-in canvases', () => {
  const avp = findCanvasDefinition('api-value-proposition-canvas')
  const apiCanvas = findCanvasDefinition('api-canvas')
  if (avp === undefined || apiCanvas === undefined) throw new Error('built-in canvases missing')

  it('maps every built-in area exactly once, onto sections the method data has', () => {
    for (const template of [avp, apiCanvas]) {
      const mapped = builtInToMethodSections
        .filter((mapping) => mapping.builtInTemplateId === template.id)
        .map((mapping) => mapping.builtInAreaId)
      expect(mapped.sort()).toEqual(template.areas.map((area) => area.id).sort())
    }
    for (const mapping of builtInToMethodSections) {
      expect(
        sectionRange(mapping.methodCanvasId, mapping.methodSectionId),
        `${mapping.methodCanvasId}.${mapping.methodSectionId}`,
      ).toBeDefined()
    }
  })

  it('splits a built-in value proposition canvas into the method AVP and Customer Journey files', () => {
    const board = boardWithCanvas(
      avp,
      Object.fromEntries(avp.areas.map((area) => [area.id, spreadNotes(avp, area.id, 2)])),
    )
    const exported = exportCanvasCreator(board, 'canvas-1', { date: DATE })
    expect(exported.map((file) => [file.templateId, file.locale, file.fileName])).toEqual([
      [
        'apiValuePropositionCanvas',
        'en',
        'API-Value-Proposition-Canvas_apiValuePropositionCanvas_en.json',
      ],
      ['customerJourneyCanvas', 'en', 'API-Value-Proposition-Canvas_customerJourneyCanvas_en.json'],
    ])
    const [methodAvp, journey] = exported.map(parseExport)
    expect(notesBySection(methodAvp ?? fail())).toEqual({
      tasks: ['tasks 1 #FFE299', 'tasks 2 #FFE299'],
      gainEnablingFeatures: ['gainCreators 1 #FFE299', 'gainCreators 2 #FFE299'],
      painRelievingFeatures: ['painRelievers 1 #FFE299', 'painRelievers 2 #FFE299'],
      apiProducts: ['apiProducts 1 #FFE299', 'apiProducts 2 #FFE299'],
    })
    const journeyNotes = notesBySection(journey ?? fail())
    expect(journeyNotes.pains).toEqual(['pains 1 #FFE299', 'pains 2 #FFE299'])
    expect(journeyNotes.gains).toEqual(['gains 1 #FFE299', 'gains 2 #FFE299'])
    expect(
      Object.entries(journeyNotes)
        .filter(([, notes]) => notes.length > 0)
        .map(([sectionId]) => sectionId)
        .sort(),
    ).toEqual(['gains', 'pains'])
    expect(journey?.metadata.authors).toEqual(['Aino', 'Jonas'])
  })

  it('puts the spread notes at the corners of their section in the drawing', () => {
    const board = boardWithCanvas(avp, { painRelievers: spreadNotes(avp, 'painRelievers', 2) })
    const [methodAvp] = exportCanvasCreator(board, 'canvas-1', { date: DATE }).map(parseExport)
    const notes = methodAvp?.sections.find(
      (section) => section.sectionId === 'painRelievingFeatures',
    )?.stickyNotes
    const range = sectionRange('apiValuePropositionCanvas', 'painRelievingFeatures')
    expect(notes?.map((note) => note.position)).toEqual([
      { x: range.x, y: range.y },
      { x: range.x + range.width, y: range.y + range.height },
    ])
  })

  it('writes the API Canvas as the API Business Model Canvas, the name first', () => {
    const notes = Object.fromEntries(
      apiCanvas.areas.map((area) => [area.id, spreadNotes(apiCanvas, area.id, 1)]),
    )
    const exported = exportCanvasCreator(boardWithCanvas(apiCanvas, notes), 'canvas-1', {
      date: DATE,
      locale: 'fi',
      metadata: { source: 'Workshop', authors: ['Team Payments'] },
    })
    expect(exported.map((file) => file.fileName)).toEqual([
      'API-Canvas_apiBusinessModelCanvas_fi.json',
    ])
    const [file] = exported.map(parseExport)
    expect(file?.metadata).toEqual({
      source: 'Workshop',
      license: '',
      authors: ['Team Payments'],
      website: '',
      date: DATE,
    })
    const contents = (sectionId: string): string[] =>
      file?.sections
        .find((section) => section.sectionId === sectionId)
        ?.stickyNotes.map((note) => note.content) ?? []
    expect(contents('apiValueProposition')).toEqual(['apiName 1', 'valueProposition 1'])
    expect(contents('developerRelations')).toEqual(['relationships 1'])
    expect(contents('benefits')).toEqual(['revenueStreams 1'])
    expect(contents('costs')).toEqual(['costStructure 1'])
    expect(contents('apiConsumerSegments')).toEqual(['consumerSegments 1'])
    const [name, proposition] =
      file?.sections.find((section) => section.sectionId === 'apiValueProposition')?.stickyNotes ??
      []
    const range = sectionRange('apiBusinessModelCanvas', 'apiValueProposition')
    expect(inRange({ x: name?.position?.x ?? NaN, y: name?.position?.y ?? NaN }, range)).toBe(true)
    expect(name?.position?.y).toBeLessThan(proposition?.position?.y ?? -Infinity)
  })

  it('refuses canvases the method has no counterpart for, and unknown canvas ids', () => {
    const goals = findCanvasDefinition('api-business-goals')
    const other: CanvasDefinition = goals ?? { ...avp, id: 'retro-board', title: 'Retro board' }
    const board = boardWithCanvas(other, {})
    expect(() => exportCanvasCreator(board, 'canvas-1', { date: DATE })).toThrow(
      /has no counterpart in the APIOps Cycles method/,
    )
    expect(() => exportCanvasCreator(board, 'nope', { date: DATE })).toThrow(
      'There is no canvas with id "nope" on the board.',
    )
  })
})

describe('Canvas Creator export of method canvases', () => {
  it('writes a method canvas in its own locale with every section, empty ones too', () => {
    const definition = buildMethodCanvasDefinition('businessImpactCanvas', 'fr')
    const board = boardWithCanvas(definition, {
      risksAndCriticality: spreadNotes(definition, 'risksAndCriticality', 3),
    })
    const [exported] = exportCanvasCreator(board, 'canvas-1', { date: DATE, locale: 'de' })
    expect(exported?.locale).toBe('fr')
    const file = parseExport(exported ?? fail())
    expect(file.sections.map((section) => [section.sectionId, section.stickyNotes.length])).toEqual(
      canvasData.businessImpactCanvas.sections.map((section) => [
        section.id,
        section.id === 'risksAndCriticality' ? 3 : 0,
      ]),
    )
  })
})

function fail(): never {
  throw new Error('missing value')
}
