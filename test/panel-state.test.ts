import { describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import type { Placement } from '../src/ui/panel-operation'
import { defaultPanelSettings, readPanelSettings } from '../src/ui/panel-settings'
import {
  initialPanelState,
  type PanelAction,
  panelReducer,
  type PanelState,
} from '../src/ui/panel-state'

const run = (...actions: PanelAction[]): PanelState =>
  actions.reduce(panelReducer, initialPanelState)

const placement = (overrides: Partial<Placement>): Placement => ({
  source: 'template',
  titles: [],
  fileName: null,
  noteCount: 0,
  connectorCount: 0,
  remarks: [],
  ...overrides,
})

const placed = (...templateIds: string[]): PanelAction => ({
  type: 'CANVASES_PLACED',
  payload: {
    canvases: templateIds.map((templateId, index) => ({
      templateId,
      canvasId: `90:${String(index + 1)}`,
    })),
  },
})

describe('the panel after CANVASES_PLACED', () => {
  test('names the placed method canvas in its language', () => {
    const state = run(
      { type: 'started', operation: 'place' },
      placed('method:customerJourneyCanvas:fi'),
    )
    expect(state.notice?.title).toBe('Placed the Asiakaspolkukanvas on the board.')
    expect(state.pending).toBeNull()
    expect(state.placed?.canvases.map((canvas) => canvas.canvasId)).toEqual(['90:1'])
  })

  test('names the four canvases of the workshop kit', () => {
    const titles = workshopCanvases.map((definition) => definition.title)
    const state = run(
      { type: 'started', operation: 'place', placement: placement({ source: 'kit', titles }) },
      placed(...workshopCanvases.map((definition) => definition.id)),
    )
    expect(state.notice?.title).toBe(
      'Placed the workshop kit: API Business Goals, API Value Proposition Canvas, API Canvas and API as a Product.',
    )
    expect(state.placing).toBeNull()
  })

  test('tells what an import placed, with its remarks', () => {
    const state = run(
      {
        type: 'started',
        operation: 'place',
        placement: placement({
          source: 'import',
          titles: ['REST Canvas'],
          fileName: 'invoices.json',
          noteCount: 3,
          remarks: ['The file is in “sv”, so the canvas is in English.'],
        }),
      },
      placed('method:restCanvas:en'),
    )
    expect(state.notice).toEqual({
      tone: 'success',
      title: 'Imported invoices.json: placed “REST Canvas” with 3 stickies.',
      detail:
        'The file is in “sv”, so the canvas is in English. Check the fit to see what the canvases still need.',
    })
  })

  test('a refused placement ends it, says nothing was placed and forgets what was asked', () => {
    const state = run(
      { type: 'started', operation: 'place', placement: placement({ source: 'kit' }) },
      {
        type: 'OPERATION_FAILED',
        payload: {
          operation: 'PLACE_CANVASES',
          reason: { key: 'board.mixedFonts' },
          notify: true,
        },
      },
    )
    expect(state.notice).toEqual({
      tone: 'error',
      title: 'Nothing was placed on the board.',
      detail:
        'Placing the canvases failed: The text mixes several fonts; the plugin writes each text in one font.',
    })
    expect(state.pending).toBeNull()
    expect(state.placing).toBeNull()
  })
})

describe('readPanelSettings', () => {
  test('keeps a method language the method has and drops one it does not', () => {
    expect(readPanelSettings({ methodLocale: 'pt' }).methodLocale).toBe('pt')
    expect(readPanelSettings({ methodLocale: 'sv' })).toEqual(defaultPanelSettings)
  })
})
