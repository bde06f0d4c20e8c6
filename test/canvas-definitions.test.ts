import { describe, expect, test } from 'vitest'

import { apiCanvas } from '../src/canvas/api-canvas'
import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { findCanvasDefinition, workshopCanvases } from '../src/canvas/canvas-catalog'
import { type CanvasDefinition, canvasDefinitionSchema } from '../src/canvas/canvas-definition'
import { computeTemplateLayout } from '../src/canvas/template-layout'

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

const rectOf = (definition: CanvasDefinition, areaId: string): Rect => {
  const area = computeTemplateLayout(definition).areas.find((a) => a.areaId === areaId)
  if (area === undefined) throw new Error(`no area ${areaId}`)
  return area.rect
}

describe.each(workshopCanvases.map((definition) => [definition.id, definition] as const))(
  'template %s',
  (_id, definition) => {
    test('is valid data', () => {
      expect(canvasDefinitionSchema.safeParse(definition).success).toBe(true)
    })

    test('has unique area ids, parts that exist and fill order 1..n', () => {
      const ids = definition.areas.map((area) => area.id)
      expect(new Set(ids).size).toBe(ids.length)
      const parts = new Set(definition.parts.map((part) => part.id))
      for (const area of definition.areas) expect(parts).toContain(area.part)
      expect(definition.areas.map((area) => area.fillOrder).sort((a, b) => a - b)).toEqual(
        definition.areas.map((_, index) => index + 1),
      )
    })

    test('lays areas out inside the canvas without overlaps, each big enough for a sticky', () => {
      const layout = computeTemplateLayout(definition)
      for (const [index, area] of layout.areas.entries()) {
        expect(area.rect.x).toBeGreaterThanOrEqual(0)
        expect(area.rect.y).toBeGreaterThanOrEqual(0)
        expect(area.rect.x + area.rect.width).toBeLessThanOrEqual(layout.width)
        expect(area.rect.y + area.rect.height).toBeLessThanOrEqual(layout.height)
        expect(area.rect.width).toBeGreaterThanOrEqual(240)
        expect(area.rect.height).toBeGreaterThanOrEqual(240 + 100)
        for (const other of layout.areas.slice(index + 1)) {
          expect(overlaps(area.rect, other.rect), `${area.areaId} / ${other.areaId}`).toBe(false)
        }
        for (const marker of layout.markers) expect(overlaps(area.rect, marker.rect)).toBe(false)
      }
    })

    test('is found by its id', () => {
      expect(findCanvasDefinition(definition.id)).toBe(definition)
    })
  },
)

test('unknown template ids are not found', () => {
  expect(findCanvasDefinition('business-model-canvas')).toBeUndefined()
})

describe('API Value Proposition Canvas, as in the method’s picture', () => {
  const d = apiValuePropositionCanvas
  const byId = (id: string) => d.areas.find((area) => area.id === id)

  test('letters A–F fill in order, with the fit roles of DOMAIN.md §1', () => {
    expect(d.areas.map((area) => [area.label, area.id, area.role])).toEqual([
      ['A', 'tasks', 'context'],
      ['B', 'gains', 'gain'],
      ['C', 'pains', 'pain'],
      ['D', 'gainCreators', 'gain-creator'],
      ['E', 'painRelievers', 'pain-reliever'],
      ['F', 'apiProducts', 'context'],
    ])
  })

  test('provider view on the left, consumer view on the right, fit marker between', () => {
    expect(byId('apiProducts')?.part).toBe('provider')
    expect(byId('tasks')?.part).toBe('consumer')
    const products = rectOf(d, 'apiProducts')
    const creators = rectOf(d, 'gainCreators')
    const relievers = rectOf(d, 'painRelievers')
    const gains = rectOf(d, 'gains')
    const pains = rectOf(d, 'pains')
    const tasks = rectOf(d, 'tasks')
    expect(products.x).toBeLessThan(creators.x)
    expect(creators.y).toBeLessThan(relievers.y)
    expect(gains.y).toBeLessThan(pains.y)
    expect(gains.x + gains.width).toBeLessThanOrEqual(tasks.x)
    const fit = computeTemplateLayout(d).markers[0]?.rect
    expect(fit?.x).toBeGreaterThan(creators.x + creators.width)
    expect((fit?.x ?? 0) + (fit?.width ?? 0)).toBeLessThan(gains.x)
  })
})

describe('API Canvas, as in the method’s picture', () => {
  const d = apiCanvas

  test('nine numbered areas plus the API name, in fill order', () => {
    expect(d.areas.map((area) => area.label)).toEqual([
      '1',
      '',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ])
    expect(d.areas.find((area) => area.label === '')?.id).toBe('apiName')
  })

  test('four parts in distinct tints', () => {
    expect(d.parts.map((part) => part.id)).toEqual([
      'valueProposition',
      'consumers',
      'infrastructure',
      'finances',
    ])
    expect(new Set(d.parts.map((part) => part.tint)).size).toBe(4)
  })

  test('partners left, value proposition centre with the name below, segments right, finances at the bottom', () => {
    const partners = rectOf(d, 'keyPartners')
    const activities = rectOf(d, 'keyActivities')
    const resources = rectOf(d, 'keyResources')
    const value = rectOf(d, 'valueProposition')
    const name = rectOf(d, 'apiName')
    const relationships = rectOf(d, 'relationships')
    const channels = rectOf(d, 'channels')
    const segments = rectOf(d, 'consumerSegments')
    const costs = rectOf(d, 'costStructure')
    const revenue = rectOf(d, 'revenueStreams')
    expect(partners.x).toBeLessThan(activities.x)
    expect(activities.y).toBeLessThan(resources.y)
    expect(activities.x).toBeLessThan(value.x)
    expect(name.y).toBeGreaterThan(value.y + value.height - 1)
    expect(name.x).toBe(value.x)
    expect(relationships.x).toBeGreaterThan(value.x)
    expect(channels.y).toBeGreaterThan(relationships.y)
    expect(segments.x).toBeGreaterThan(relationships.x)
    expect(costs.x).toBe(partners.x)
    expect(costs.y).toBeGreaterThan(partners.y + partners.height - 1)
    expect(revenue.x + revenue.width).toBe(segments.x + segments.width)
    expect(revenue.y).toBe(costs.y)
  })
})

describe('business goals and product principles, from the method’s documents', () => {
  test('one area per business goal, in the method’s order', () => {
    expect(findCanvasDefinition('api-business-goals')?.areas.map((area) => area.title)).toEqual([
      'Increasing revenue',
      'Extending customer reach and value',
      'Supporting sales and marketing',
      'Stimulating business and technical innovation',
      'Easing integration of backend data and applications',
    ])
  })

  test('one area per product principle, in the method’s order', () => {
    expect(findCanvasDefinition('api-as-a-product')?.areas.map((area) => area.id)).toEqual([
      'consumerCentred',
      'experience',
      'useCases',
      'feedbackLoops',
      'valueGeneration',
      'measurement',
      'revenue',
      'roadMap',
    ])
  })
})
