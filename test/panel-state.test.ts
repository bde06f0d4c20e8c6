import { describe, expect, test } from 'vitest'

import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { type Locale } from '../src/locale/locales'
import { translator } from '../src/locale/translator'
import { panelLocale } from '../src/ui/panel-locale'
import type { Notice } from '../src/ui/panel-notices'
import type { Placement } from '../src/ui/panel-operation'
import { defaultPanelSettings, readPanelSettings } from '../src/ui/panel-settings'
import {
  initialPanelState,
  type PanelAction,
  panelReducer,
  type PanelState,
} from '../src/ui/panel-state'
import { formatText, message } from '../src/ui/panel-text'

/** A notice as the panel shows it in `locale`. */
const shown = (notice: Notice | null, locale: Locale = 'en') => {
  if (notice === null) return null
  const t = translator(locale)
  return {
    tone: notice.tone,
    title: formatText(t, notice.title),
    detail: notice.detail === null ? null : formatText(t, notice.detail),
  }
}

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
    expect(shown(state.notice)?.title).toBe('Placed the Asiakaspolkukanvas on the board.')
    expect(shown(state.notice, 'fi')?.title).toBe('Asiakaspolkukanvas sijoitettiin taululle.')
    expect(state.pending).toBeNull()
    expect(state.placed?.canvases.map((canvas) => canvas.canvasId)).toEqual(['90:1'])
  })

  test('names the four canvases of the workshop kit', () => {
    const titles = workshopCanvases.map((definition) => definition.title)
    const state = run(
      { type: 'started', operation: 'place', placement: placement({ source: 'kit', titles }) },
      placed(...workshopCanvases.map((definition) => definition.id)),
    )
    expect(shown(state.notice)?.title).toBe(
      'Placed the workshop kit: API Business Goals, API Value Proposition Canvas, API Canvas, and API as a Product.',
    )
    expect(shown(state.notice, 'de')?.title).toBe(
      'Workshop-Kit platziert: API Business Goals, API Value Proposition Canvas, API Canvas und API as a Product.',
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
          remarks: [message('panel.fileLocaleFellBack', { fileLocale: 'sv' })],
        }),
      },
      placed('method:restCanvas:en'),
    )
    expect(shown(state.notice)).toEqual({
      tone: 'success',
      title: 'Imported invoices.json: placed “REST Canvas” with 3 stickies.',
      detail:
        'The file is in “sv”, a language the APIOps Cycles method has no texts in, so the canvas is in English. Check the fit to see what the canvases still need.',
    })
    expect(shown(state.notice, 'fi')?.title).toBe(
      'Tuotiin invoices.json: sijoitettiin ”REST Canvas”, mukana 3 tarralappua.',
    )
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
    expect(shown(state.notice)).toEqual({
      tone: 'error',
      title: 'Nothing was placed on the board.',
      detail:
        'Placing the canvases failed: The text mixes several fonts; the plugin writes each text in one font.',
    })
    expect(state.pending).toBeNull()
    expect(state.placing).toBeNull()
  })

  test('a failed facilitation is worded in the panel’s language, whatever it is when shown', () => {
    const state = run({
      type: 'OPERATION_FAILED',
      payload: {
        operation: 'FACILITATE',
        reason: { key: 'facilitation.minutesRange', values: { min: 1, max: 120 } },
        notify: true,
      },
    })
    expect(shown(state.notice)?.detail).toBe(
      'Starting facilitation failed: Each area needs 1 to 120 whole minutes.',
    )
    expect(shown(state.notice, 'de')).toEqual({
      tone: 'error',
      title: 'Die Moderation konnte nicht starten.',
      detail:
        'Starten der Moderation fehlgeschlagen: Jeder Bereich braucht 1 bis 120 ganze Minuten.',
    })
  })
})

describe('readPanelSettings', () => {
  test('keeps a method language the method has and drops one it does not', () => {
    expect(readPanelSettings({ methodLocale: 'pt' }).methodLocale).toBe('pt')
    expect(readPanelSettings({ methodLocale: 'sv' })).toEqual(defaultPanelSettings)
  })

  test('keeps a panel language the plugin speaks and drops one it does not', () => {
    expect(readPanelSettings({ locale: 'fi' }).locale).toBe('fi')
    expect(readPanelSettings({ locale: 'sv' }).locale).toBeNull()
    expect(readPanelSettings({ locale: 42 }).locale).toBeNull()
  })
})

describe('panelLocale', () => {
  test('a language the person chose wins over the browser’s, the browser’s over English', () => {
    expect(panelLocale('de', ['fi-FI', 'en-US'])).toBe('de')
    expect(panelLocale(null, ['sv-SE', 'fi-FI'])).toBe('fi')
    expect(panelLocale(null, ['sv-SE', 'nb'])).toBe('en')
  })
})
