import canvasData from 'apiops-cycles-method-data/canvasData.json'
import localizedData from 'apiops-cycles-method-data/localizedData.json'
import { describe, expect, it } from 'vitest'

import { areaNoteRange, STICKY_SIZE } from '../src/canvas/area-note-range'
import type { Point } from '../src/canvas/note-range'
import { computeTemplateLayout } from '../src/canvas/template-layout'
import { type CanvasCreatorPlacementPlan } from '../src/interchange/canvas-creator-import'
import { isCanvasCreatorFile } from '../src/interchange/canvas-creator-schema'
import {
  canvasCreatorNoteRange,
  canvasCreatorSectionBox,
} from '../src/method/canvas-creator-drawing'
import { parseMethodData } from '../src/method/method-data'
import { packagedMethodData } from '../src/method/packaged-method-data'
import { FileError } from '../src/model/file-error'
import { englishText } from './board-error-text'
import { canvasCreatorFixtures } from './canvas-creator-helpers'
import { fileErrorOf, planCanvasCreatorImport } from './file-readers'

const fixture = (name: string): string => {
  const found = canvasCreatorFixtures().find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no fixture ${name}`)
  return found.text
}

const minimal = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  templateId: 'apiBusinessModelCanvas',
  locale: 'en',
  metadata: { source: '', license: '', authors: [], website: '' },
  sections: [
    { sectionId: 'keyPartners', stickyNotes: [{ content: 'Bank', size: 80, color: '#DFDDC5' }] },
  ],
  ...overrides,
})

const importError = (text: string): FileError => fileErrorOf(planCanvasCreatorImport, text)

const rectOf = (plan: CanvasCreatorPlacementPlan, areaId: string): Rect => {
  const rect = computeTemplateLayout(plan.definition).areas.find((a) => a.areaId === areaId)?.rect
  if (rect === undefined) throw new Error(`no area ${areaId}`)
  return rect
}

const insideArea = (point: Point, rect: Rect): boolean =>
  point.x >= rect.x &&
  point.y >= rect.y &&
  point.x + STICKY_SIZE <= rect.x + rect.width &&
  point.y + STICKY_SIZE <= rect.y + rect.height

const stickiesOverlap = (a: Point, b: Point): boolean =>
  Math.abs(a.x - b.x) < STICKY_SIZE && Math.abs(a.y - b.y) < STICKY_SIZE

describe('Canvas Creator import refuses bad files before anything is placed', () => {
  it('names the file when it is not JSON', () => {
    expect(englishText(importError('{"templateId": "apiBusinessModelCanvas",'))).toMatch(
      /^This Canvas Creator file cannot be used:\n\(file\): is not JSON: /,
    )
  })

  it('names an unknown templateId', () => {
    const error = importError(JSON.stringify(minimal({ templateId: 'apiBusinesModelCanvas' })))
    expect(error.issues).toHaveLength(1)
    expect(englishText(error)).toContain(
      'templateId: "apiBusinesModelCanvas" is not a canvas of the APIOps Cycles method',
    )
  })

  it('keeps the notes of sections the method does not have, beside the areas, by section', () => {
    const note = { content: 'Bank', size: 80, color: '#DFDDC5' }
    const sections = ['keyPartners', 'keyPartnerz', 'benefit', 'keyPartnerz'].map((sectionId) => ({
      sectionId,
      stickyNotes: [note],
    }))
    const plan = planCanvasCreatorImport(JSON.stringify(minimal({ sections })))
    expect(plan.retiredSections.map((section) => section.sectionId)).toEqual([
      'keyPartnerz',
      'benefit',
      'keyPartnerz',
    ])
    const right = Math.max(...plan.areas.flatMap((area) => area.notes.map((n) => n.position.x)))
    for (const section of plan.retiredSections) {
      expect(section.notes.map((n) => n.text)).toEqual(['Bank'])
      expect(section.notes[0]?.position.x).toBeGreaterThan(right)
    }
  })

  it('names extra fields, in notes, metadata and at the top', () => {
    const file = minimal({
      extra: true,
      metadata: { source: '', license: '', authors: [], website: '', team: 'A' },
      sections: [
        {
          sectionId: 'keyPartners',
          stickyNotes: [
            { content: 'Bank', size: 80, color: '#DFDDC5' },
            { content: 'PSP', size: 80, color: '#DFDDC5', author: 'Aino' },
          ],
        },
      ],
    })
    expect(englishText(importError(JSON.stringify(file))).split('\n')).toEqual(
      expect.arrayContaining([
        'extra: is not a field of the Canvas Creator format',
        'metadata.team: is not a field of the Canvas Creator format',
        'sections[0].stickyNotes[1].author: is not a field of the Canvas Creator format',
      ]),
    )
  })

  it('names wrong types, missing fields and bad colours', () => {
    const file = minimal({
      locale: undefined,
      sections: [
        {
          sectionId: 'keyPartners',
          stickyNotes: [
            { content: 42, size: 80, color: '#DFDDC5' },
            { content: 'PSP', size: '80', color: 'yellow' },
            { content: 'Bank', color: '#DFDDC5', position: { x: '10', y: 20 } },
          ],
        },
      ],
    })
    const messages = englishText(importError(JSON.stringify(file)))
    expect(messages).toContain('locale: is missing')
    expect(messages).toContain(
      'sections[0].stickyNotes[0].content: should be a string, not a number',
    )
    expect(messages).toContain('sections[0].stickyNotes[1].size: should be a number, not a string')
    expect(messages).toContain(
      'sections[0].stickyNotes[1].color: "yellow" is not a colour like "#FFF399"',
    )
    expect(messages).toContain('sections[0].stickyNotes[2].size: is missing')
    expect(messages).toContain(
      'sections[0].stickyNotes[2].position.x: should be a number, not a string',
    )
  })

  it('names a file that is not an object, or sections that are not a list', () => {
    expect(englishText(importError('[]'))).toContain('(file): should be an object, not an array')
    expect(englishText(importError(JSON.stringify(minimal({ sections: {} }))))).toContain(
      'sections: should be an array, not an object',
    )
  })
})

describe('Canvas Creator import plans the placement', () => {
  it('builds the canvas in the file locale and puts every note in its area, colours upper-cased', () => {
    const plan = planCanvasCreatorImport(fixture('workshop_apiBusinessModelCanvas_fi.json'))
    expect(plan.definition.id).toBe('method:apiBusinessModelCanvas:fi')
    expect(plan.definition.title).toBe(localizedData.fi.apiBusinessModelCanvas.title)
    expect(plan.localeFellBack).toBe(false)
    expect(plan.metadata.authors).toEqual(['Aino Virtanen'])
    expect(plan.areas.map((area) => area.areaId)).toEqual(
      plan.definition.areas.map((area) => area.id),
    )
    const proposition = plan.areas.find((area) => area.areaId === 'apiValueProposition')
    expect(proposition?.notes.map((note) => [note.text, note.color])).toEqual([
      ['Laskutus-API', '#FFF399'],
      ['Laskut liikkuvat ilman käsityötä', '#C0EB6A'],
      ['Reaaliaikainen maksutilanne', '#C0EB6A'],
      ['Yksi rajapinta kaikille kanaville', '#C0EB6A'],
      ['Vähemmän virheitä täsmäytyksessä', '#C0EB6A'],
    ])
  })

  it('arranges notes without positions in rows inside the area, none overlapping', () => {
    const plan = planCanvasCreatorImport(fixture('workshop_apiBusinessModelCanvas_fi.json'))
    for (const area of plan.areas) {
      const rect = rectOf(plan, area.areaId)
      area.notes.forEach((note, index) => {
        expect(insideArea(note.position, rect), `${area.areaId} ${note.text}`).toBe(true)
        for (const other of area.notes.slice(index + 1)) {
          expect(stickiesOverlap(note.position, other.position)).toBe(false)
        }
      })
    }
    const partners = plan.areas.find((area) => area.areaId === 'keyPartners')?.notes ?? []
    expect(partners[0]?.position.y).toBe(partners[1]?.position.y)
    expect(partners[0]?.position.x).toBeLessThan(partners[1]?.position.x ?? 0)
  })

  it('maps file positions into the area, keeping left and right, above and below', () => {
    const plan = planCanvasCreatorImport(fixture('payments_customerJourneyCanvas_de.json'))
    expect(plan.definition.id).toBe('method:customerJourneyCanvas:de')
    const pains = plan.areas.find((area) => area.areaId === 'pains')?.notes ?? []
    expect(pains).toHaveLength(3)
    const rect = rectOf(plan, 'pains')
    for (const note of pains) {
      expect(insideArea(note.position, rect)).toBe(true)
    }
    const [upperLeft, lowerRight, arranged] = pains
    const from = canvasCreatorNoteRange(
      canvasCreatorSectionBox(
        canvasData.customerJourneyCanvas.layout,
        canvasData.customerJourneyCanvas.sections.find((section) => section.id === 'pains')
          ?.gridPosition ?? { column: 0, row: 0, colSpan: 1, rowSpan: 1 },
      ),
    )
    const to = areaNoteRange(rect)
    const position = upperLeft?.position ?? { x: NaN, y: NaN }
    expect((position.x - to.x) / to.width).toBeCloseTo((25 - from.x) / from.width, 2)
    expect((position.y - to.y) / to.height).toBeCloseTo((200 - from.y) / from.height, 2)
    expect(lowerRight?.position.x).toBeGreaterThan(upperLeft?.position.x ?? Infinity)
    expect(lowerRight?.position.y).toBeGreaterThan(upperLeft?.position.y ?? Infinity)
    for (const placed of [upperLeft, lowerRight]) {
      expect(
        stickiesOverlap(arranged?.position ?? { x: 0, y: 0 }, placed?.position ?? { x: 0, y: 0 }),
      ).toBe(false)
    }
    const steps = plan.areas.find((area) => area.areaId === 'journeySteps')?.notes ?? []
    const xs = steps.map((note) => note.position.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    steps.forEach((note, index) => {
      for (const other of steps.slice(index + 1)) {
        expect(stickiesOverlap(note.position, other.position)).toBe(false)
      }
    })
  })

  it('clamps positions outside the section into the area', () => {
    const file = minimal({
      sections: [
        {
          sectionId: 'keyPartners',
          stickyNotes: [
            { content: 'Far away', size: 80, color: '#DFDDC5', position: { x: 900, y: 700 } },
            { content: 'Negative', size: 80, color: '#DFDDC5', position: { x: -50, y: -50 } },
          ],
        },
      ],
    })
    const plan = planCanvasCreatorImport(JSON.stringify(file))
    const rect = rectOf(plan, 'keyPartners')
    for (const note of plan.areas.find((area) => area.areaId === 'keyPartners')?.notes ?? []) {
      expect(insideArea(note.position, rect)).toBe(true)
    }
  })

  it('keeps every note of a crowded area inside it', () => {
    const stickyNotes = Array.from({ length: 40 }, (_, index) => ({
      content: `Note ${String(index + 1)}`,
      size: 80,
      color: '#fff399',
    }))
    const plan = planCanvasCreatorImport(
      JSON.stringify(minimal({ sections: [{ sectionId: 'channels', stickyNotes }] })),
    )
    const notes = plan.areas.find((area) => area.areaId === 'channels')?.notes ?? []
    expect(notes).toHaveLength(40)
    const rect = rectOf(plan, 'channels')
    for (const note of notes) {
      expect(insideArea(note.position, rect)).toBe(true)
    }
  })

  it('joins the notes of a section given twice, in file order', () => {
    const file = minimal({
      sections: [
        { sectionId: 'costs', stickyNotes: [{ content: 'Hosting', size: 80, color: '#FFAFAF' }] },
        { sectionId: 'costs', stickyNotes: [{ content: 'Support', size: 80, color: '#FFAFAF' }] },
      ],
    })
    const plan = planCanvasCreatorImport(JSON.stringify(file))
    expect(plan.areas.find((area) => area.areaId === 'costs')?.notes.map((n) => n.text)).toEqual([
      'Hosting',
      'Support',
    ])
  })

  it('reads regional locales as their language and unknown ones as English', () => {
    const brazilian = planCanvasCreatorImport(
      fixture('payments_apiValuePropositionCanvas_pt-BR.json'),
    )
    expect(brazilian.definition.id).toBe('method:apiValuePropositionCanvas:pt')
    expect(brazilian.fileLocale).toBe('pt-BR')
    expect(brazilian.localeFellBack).toBe(false)
    const swedish = planCanvasCreatorImport(fixture('invoices_restCanvas_sv.json'))
    expect(swedish.definition.id).toBe('method:restCanvas:en')
    expect(swedish.definition.title).toBe(localizedData.en.restCanvas.title)
    expect(swedish.localeFellBack).toBe(true)
  })

  it('accepts a file with a byte order mark', () => {
    const plan = planCanvasCreatorImport(`\uFEFF${JSON.stringify(minimal())}`)
    expect(plan.areas.find((area) => area.areaId === 'keyPartners')?.notes).toHaveLength(1)
  })

  it('plans every example template of the package, older sections kept apart', () => {
    for (const { name, text } of canvasCreatorFixtures()) {
      const file: unknown = JSON.parse(text)
      if (!isCanvasCreatorFile(file)) throw new Error(`${name} does not pass the schema`)
      const known =
        parseMethodData(packagedMethodData).canvasData[file.templateId]?.sections.map(
          (section) => section.id,
        ) ?? []
      const retired = file.sections.filter((section) => !known.includes(section.sectionId))
      expect(
        planCanvasCreatorImport(text).retiredSections.map((section) => section.sectionId),
        name,
      ).toEqual(retired.map((section) => section.sectionId))
    }
  })
})
