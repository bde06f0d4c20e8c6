import canvasData from 'apiops-cycles-method-data/canvasData.json'
import localizedData from 'apiops-cycles-method-data/localizedData.json'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

import { AREA_HEADER_HEIGHT, AREA_NOTE_MARGIN, STICKY_SIZE } from '../src/canvas/area-note-range'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { type CanvasDefinition, canvasDefinitionSchema } from '../src/canvas/canvas-definition'
import { computeTemplateLayout } from '../src/canvas/template-layout'
import { crossCanvasFitRules, resolveCrossCanvasFitRules } from '../src/fit/cross-canvas-fit-rules'
import {
  buildMethodCanvasDefinition,
  findMethodCanvasDefinition,
  methodCanvasIds,
  methodLocales,
  resolveMethodLocale,
} from '../src/method/method-canvases'
import { type MethodDataSource, parseMethodData } from '../src/method/method-data'
import { methodFitRoles } from '../src/method/method-fit-roles'
import { methodTemplateId, parseMethodTemplateId } from '../src/method/method-template-id'
import { packagedMethodData } from '../src/method/packaged-method-data'
import { type Board, BOARD_SCHEMA_VERSION } from '../src/model/board'
import { buildMethodCanvasDefinitions } from './method-board-helpers'

const data = parseMethodData(packagedMethodData)
const definitions = buildMethodCanvasDefinitions()

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function areaOf(definition: CanvasDefinition, sectionId: string) {
  const area = definition.areas.find((candidate) => candidate.methodSectionId === sectionId)
  if (area === undefined) throw new Error(`${definition.id} has no area for ${sectionId}`)
  return area
}

describe('method canvases from apiops-cycles-method-data', () => {
  it('builds every canvas in every locale of the package: 28 canvases in de, en, fi, fr, pt', () => {
    expect(methodLocales()).toEqual(['de', 'en', 'fi', 'fr', 'pt'])
    expect(methodCanvasIds()).toEqual(Object.keys(canvasData))
    expect(methodCanvasIds().length).toBeGreaterThanOrEqual(28)
    expect(definitions).toHaveLength(methodCanvasIds().length * methodLocales().length)
    expect(new Set(definitions.map((definition) => definition.id)).size).toBe(definitions.length)
  })

  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s is a valid template with one area per section of the data',
    (_, definition) => {
      expect(canvasDefinitionSchema.safeParse(definition).success).toBe(true)
      const canvas = data.canvasData[definition.methodCanvasId ?? '']
      expect(canvas).toBeDefined()
      expect(definition.areas).toHaveLength(canvas?.sections.length ?? -1)
      expect(definition.areas.map((area) => area.methodSectionId).sort()).toEqual(
        canvas?.sections.map((section) => section.id).sort(),
      )
      expect(new Set(definition.areas.map((area) => area.id)).size).toBe(definition.areas.length)
      expect(definition.areas.map((area) => area.fillOrder)).toEqual(
        definition.areas.map((_, index) => index + 1),
      )
    },
  )

  it.each(definitions.map((definition) => [definition.id, definition] as const))(
    '%s lays out without overlaps, every area holding a sticky under its header',
    (_, definition) => {
      const layout = computeTemplateLayout(definition)
      const rects = layout.areas.map((area) => area.rect)
      rects.forEach((rect, index) => {
        expect(rect.width).toBeGreaterThanOrEqual(STICKY_SIZE + 2 * AREA_NOTE_MARGIN)
        expect(rect.height).toBeGreaterThanOrEqual(
          STICKY_SIZE + AREA_HEADER_HEIGHT + AREA_NOTE_MARGIN,
        )
        expect(rect.x + rect.width).toBeLessThanOrEqual(layout.width)
        expect(rect.y + rect.height).toBeLessThanOrEqual(layout.height)
        rects.slice(index + 1).forEach((other) => {
          expect(overlaps(rect, other)).toBe(false)
        })
      })
    },
  )

  it('takes titles, purpose, how-to-use and section texts from the locale', () => {
    const finnish = buildMethodCanvasDefinition('apiBusinessModelCanvas', 'fi')
    const texts = localizedData.fi.apiBusinessModelCanvas
    expect(finnish.id).toBe('method:apiBusinessModelCanvas:fi')
    expect(finnish.locale).toBe('fi')
    expect(finnish.title).toBe(texts.title)
    expect(finnish.purpose).toBe(texts.purpose)
    expect(finnish.howToUse).toBe(texts.howToUse)
    const partners = areaOf(finnish, 'keyPartners')
    expect(partners.title).toBe(texts.sections.keyPartners.section)
    expect(partners.prompt).toBe(texts.sections.keyPartners.description)
    expect(finnish.source).toEqual({
      package: 'apiops-cycles-method-data',
      version: packagedMethodData.version,
      license: 'CC-BY-SA 4.0',
      authors: canvasData.apiBusinessModelCanvas.metadata.authors,
      website: 'www.apiopscycles.com',
    })
  })

  it('numbers areas by the data fill order and lists them in it', () => {
    const definition = buildMethodCanvasDefinition('apiBusinessModelCanvas', 'en')
    const expected = [...canvasData.apiBusinessModelCanvas.sections]
      .sort((a, b) => a.fillOrder - b.fillOrder)
      .map((section) => [section.id, String(section.fillOrder)])
    expect(definition.areas.map((area) => [area.methodSectionId, area.label])).toEqual(expected)
  })

  it('keeps the data grid, fractions included: costs and benefits share the bottom row', () => {
    const definition = buildMethodCanvasDefinition('apiBusinessModelCanvas', 'en')
    expect(areaOf(definition, 'costs').grid).toEqual({
      column: 0,
      row: 2,
      columnSpan: 2.5,
      rowSpan: 1,
    })
    const layout = computeTemplateLayout(definition)
    const rect = (sectionId: string) =>
      layout.areas.find((area) => area.areaId === areaOf(definition, sectionId).id)?.rect
    const costs = rect('costs')
    const benefits = rect('benefits')
    expect(costs?.y).toBe(benefits?.y)
    expect(costs?.width).toBe(benefits?.width)
    expect((costs?.x ?? 0) + (costs?.width ?? 0)).toBeLessThan(benefits?.x ?? 0)
  })

  it('keeps the data highlight marks', () => {
    const definition = buildMethodCanvasDefinition('apiBusinessModelCanvas', 'de')
    expect(
      definition.areas.filter((area) => area.highlight === true).map((a) => a.methodSectionId),
    ).toEqual(
      canvasData.apiBusinessModelCanvas.sections
        .filter((section) => 'highlight' in section && section.highlight)
        .map((section) => section.id),
    )
  })

  it('gives fit roles to pains, gains, relievers, enablers, risks and mitigations only', () => {
    const english = definitions.filter((definition) => definition.locale === 'en')
    const roles = english.flatMap((definition) =>
      definition.areas
        .filter((area) => area.role !== 'context')
        .map((area) => [definition.methodCanvasId, area.methodSectionId, area.role]),
    )
    expect(roles.sort()).toEqual(
      [
        ['apiValuePropositionCanvas', 'gainEnablingFeatures', 'gain-creator'],
        ['apiValuePropositionCanvas', 'painRelievingFeatures', 'pain-reliever'],
        ['businessImpactCanvas', 'mitigationsAndDecisionImpact', 'pain-reliever'],
        ['businessImpactCanvas', 'risksAndCriticality', 'pain'],
        ['customerJourneyCanvas', 'gains', 'gain'],
        ['customerJourneyCanvas', 'pains', 'pain'],
      ].sort(),
    )
  })

  it('names only canvases and sections the data has in its fit tables', () => {
    const exists = (canvas: string, section: string): boolean =>
      data.canvasData[canvas]?.sections.some((candidate) => candidate.id === section) === true
    for (const entry of methodFitRoles) {
      expect(exists(entry.canvas, entry.section), `${entry.canvas}.${entry.section}`).toBe(true)
    }
    for (const rule of crossCanvasFitRules) {
      expect(exists(rule.needs.canvas, rule.needs.section)).toBe(true)
      expect(exists(rule.answeredBy.canvas, rule.answeredBy.section)).toBe(true)
    }
  })
})

describe('method template ids', () => {
  it('cannot clash with the plugin’s own template ids and carry canvas and locale', () => {
    for (const template of workshopCanvases) {
      expect(parseMethodTemplateId(template.id)).toBeUndefined()
    }
    expect(parseMethodTemplateId(methodTemplateId('customerJourneyCanvas', 'pt'))).toEqual({
      canvasId: 'customerJourneyCanvas',
      locale: 'pt',
    })
    expect(parseMethodTemplateId('method:customerJourneyCanvas')).toBeUndefined()
    expect(parseMethodTemplateId('method:Customer:en')).toBeUndefined()
    expect(() => methodTemplateId('customer-journey', 'en')).toThrow(/camelCase/)
  })

  it('finds a definition by id, and nothing for unknown canvases or locales', () => {
    expect(findMethodCanvasDefinition('method:restCanvas:fr')?.title).toBe(
      localizedData.fr.restCanvas.title,
    )
    expect(findMethodCanvasDefinition('method:restCanvas:sv')).toBeUndefined()
    expect(findMethodCanvasDefinition('method:noSuchCanvas:en')).toBeUndefined()
    expect(findMethodCanvasDefinition('api-canvas')).toBeUndefined()
  })

  it('resolves requested locales to the data locales, falling back to English', () => {
    expect(resolveMethodLocale('en-US')).toEqual({ locale: 'en', fellBack: false })
    expect(resolveMethodLocale('pt-BR')).toEqual({ locale: 'pt', fellBack: false })
    expect(resolveMethodLocale('FI')).toEqual({ locale: 'fi', fellBack: false })
    expect(resolveMethodLocale('sv')).toEqual({ locale: 'en', fellBack: true })
  })
})

describe('a new canvas in a new release of the data', () => {
  const withNewCanvas: MethodDataSource = {
    ...packagedMethodData,
    version: '99.0.0',
    canvasData: {
      ...canvasData,
      retroCanvas: {
        id: 'retroCanvas',
        layout: { columns: 3, rows: 6 },
        metadata: { source: 'APIOps Cycles', license: 'CC-BY-SA 4.0', authors: [], website: '' },
        sections: [
          {
            id: 'wentWell',
            gridPosition: { column: 0, row: 0, colSpan: 1.5, rowSpan: 6 },
            fillOrder: 2,
          },
          {
            id: 'toImprove',
            gridPosition: { column: 1.5, row: 0, colSpan: 1.5, rowSpan: 3 },
            fillOrder: 1,
            highlight: true,
          },
          {
            id: 'actions',
            gridPosition: { column: 1.5, row: 3, colSpan: 1.5, rowSpan: 0.5 },
            fillOrder: 3,
          },
        ],
      },
    },
    localizedData: {
      ...localizedData,
      en: {
        ...localizedData.en,
        retroCanvas: {
          title: 'Retro Canvas',
          purpose: 'What did we learn?',
          howToUse: 'Start with what to improve.',
          sections: {
            wentWell: { section: 'Went well', description: 'What worked?' },
            toImprove: { section: 'To improve', description: 'What hurt?' },
            actions: { section: 'Actions', description: 'What do we change?' },
          },
        },
      },
    },
  }

  it('is built in every locale without code changes, untranslated texts in English', () => {
    const built = buildMethodCanvasDefinitions(withNewCanvas)
    expect(built).toHaveLength((methodCanvasIds().length + 1) * methodLocales().length)
    const finnish = built.find((definition) => definition.id === 'method:retroCanvas:fi')
    expect(finnish?.title).toBe('Retro Canvas')
    expect(finnish?.source?.version).toBe('99.0.0')
    expect(finnish?.areas.map((area) => [area.id, area.label, area.title, area.prompt])).toEqual([
      ['toImprove', '1', 'To improve', 'What hurt?'],
      ['wentWell', '2', 'Went well', 'What worked?'],
      ['actions', '3', 'Actions', 'What do we change?'],
    ])
    expect(finnish?.areas[0]?.highlight).toBe(true)
  })

  it('grows its cells so even a half-row section holds a sticky under its header', () => {
    const definition = buildMethodCanvasDefinition('retroCanvas', 'en', withNewCanvas)
    const layout = computeTemplateLayout(definition)
    const actions = layout.areas.find((area) => area.areaId === 'actions')?.rect
    expect(actions?.height).toBeGreaterThanOrEqual(
      STICKY_SIZE + AREA_HEADER_HEIGHT + AREA_NOTE_MARGIN,
    )
    const rects = layout.areas.map((area) => area.rect)
    rects.forEach((rect, index) => {
      rects.slice(index + 1).forEach((other) => {
        expect(overlaps(rect, other)).toBe(false)
      })
    })
  })

  it('is refused with the field named when the data is not in the known shape', () => {
    const broken: MethodDataSource = {
      ...packagedMethodData,
      canvasData: { restCanvas: { id: 'restCanvas', layout: { columns: '4' }, sections: [] } },
    }
    expect(() => buildMethodCanvasDefinitions(broken)).toThrow(/canvasData\.json[\s\S]*restCanvas/)
  })
})

describe('cross-canvas fit rules', () => {
  const placed = (id: string, templateId: string, areaIds: readonly string[]) => ({
    id,
    templateId,
    title: id,
    areas: areaIds.map((areaId, index) => ({
      id: areaId,
      sectionId: `${id}/${areaId}`,
      title: areaId,
      label: String(index + 1),
      fillOrder: index + 1,
      role: 'context' as const,
      notes: [],
    })),
    strayNotes: [],
    emptyStickyCount: 0,
  })
  const journey = (id: string, locale: string) =>
    placed(id, `method:customerJourneyCanvas:${locale}`, ['persona', 'pains', 'gains'])
  const avp = (id: string, locale: string) =>
    placed(id, `method:apiValuePropositionCanvas:${locale}`, [
      'tasks',
      'gainEnablingFeatures',
      'painRelievingFeatures',
    ])
  const board = (...canvases: ReturnType<typeof placed>[]): Board => ({
    schemaVersion: BOARD_SCHEMA_VERSION,
    canvases,
    problems: [],
  })

  it('pairs the journey pains and gains with the value proposition features, across locales', () => {
    expect(resolveCrossCanvasFitRules(board(journey('j', 'fi'), avp('v', 'en')))).toEqual({
      pairs: [
        {
          needs: { canvasId: 'j', areaId: 'pains' },
          answeredBy: { canvasId: 'v', areaId: 'painRelievingFeatures' },
        },
        {
          needs: { canvasId: 'j', areaId: 'gains' },
          answeredBy: { canvasId: 'v', areaId: 'gainEnablingFeatures' },
        },
      ],
      awaiting: [],
    })
  })

  it('says which needs wait for a canvas that is not on the board', () => {
    const resolved = resolveCrossCanvasFitRules(board(journey('j', 'de')))
    expect(resolved.pairs).toEqual([])
    expect(resolved.awaiting).toEqual([
      { needs: { canvasId: 'j', areaId: 'pains' }, answeredByCanvas: 'apiValuePropositionCanvas' },
      { needs: { canvasId: 'j', areaId: 'gains' }, answeredByCanvas: 'apiValuePropositionCanvas' },
    ])
  })

  it('leaves built-in canvases alone', () => {
    const own = placed('s', 'api-value-proposition-canvas', ['pains', 'painRelievers'])
    expect(resolveCrossCanvasFitRules(board(own, avp('v', 'en')))).toEqual({
      pairs: [],
      awaiting: [],
    })
  })
})

describe('bundle size', () => {
  const bundleAsync = async (entry: string) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2017',
      metafile: true,
      logLevel: 'silent',
    })
    return {
      bytes: result.outputFiles.reduce((sum, file) => sum + file.contents.length, 0),
      inputs: Object.keys(result.metafile.inputs),
    }
  }

  it('keeps localizedData out of what the main thread may import', async () => {
    for (const entry of [
      'src/fit/cross-canvas-fit-rules.ts',
      'src/method/method-fit-roles.ts',
      'src/method/method-template-id.ts',
      'src/method/method-data.ts',
    ]) {
      const { inputs } = await bundleAsync(entry)
      expect(
        inputs.filter((input) => input.endsWith('.json')),
        entry,
      ).toEqual([])
    }
  })

  it('keeps import and export with all canvas data well under the 500 KB panel budget', async () => {
    const importer = await bundleAsync('src/interchange/canvas-creator-import.ts')
    const exporter = await bundleAsync('src/interchange/canvas-creator-export.ts')
    expect(importer.inputs.some((input) => input.endsWith('localizedData.json'))).toBe(true)
    expect(importer.bytes).toBeLessThan(350_000)
    expect(exporter.bytes).toBeLessThan(350_000)
  })
})
