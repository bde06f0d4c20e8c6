import { describe, expect, test } from 'vitest'

import { SETTINGS_KEY, startPlugin, startSelfTest } from '../src/board/start-plugin'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { withRelaunchTexts } from '../src/canvas/relaunch-texts'
import { translator } from '../src/locale/translator'
import { boardTextIn } from '../src/model/board-text'
import type { OperationFailure } from '../src/model/plugin-messages'
import { operationFailureText } from '../src/ui/operation-failure'
import { boardSnapshot, sectionsWithRole } from './board-helpers'
import { workshopKit } from './fixtures/workshop-kit'
import { createPluginHost, PanelStandIn } from './plugin-host'

function started(command = '') {
  const host = createPluginHost(command)
  const panel = new PanelStandIn()
  startPlugin(host.figma, panel)
  return { ...host, panel }
}

describe('startPlugin on the in-memory FigJam', () => {
  test('shows the panel and opens it on the templates tab with the selection count', async () => {
    const { figma, panel } = started()
    figma.person.select([figma.person.addSticky({ text: 'Hi', x: 0, y: 0 })])
    expect(panel.shown).toEqual([{ width: 360, height: 560, title: 'API Canvas' }])
    expect(figma.skipInvisibleInstanceChildren).toBe(true)
    expect(await panel.sendAsync('UI_READY', {})).toEqual([
      'PANEL_OPENED',
      { tab: 'templates', canvasId: null, settings: {}, selectionCount: 1 },
    ])
  })

  test('opens on the Check tab for the canvas whose relaunch button was pressed', async () => {
    const { figma, panel } = started('check-fit')
    await panel.sendAsync('PLACE_CANVASES', withRelaunchTexts(workshopKit()))
    const [, canvas] = sectionsWithRole(figma, 'canvas')
    if (canvas === undefined) throw new Error('the kit has several canvases')
    figma.person.select([canvas])
    expect(await panel.sendAsync('UI_READY', {})).toEqual([
      'PANEL_OPENED',
      { tab: 'check', canvasId: canvas.state.id, settings: {}, selectionCount: 1 },
    ])
  })

  test('remembers the panel settings, and ignores stored settings that are not an object', async () => {
    const { panel, storage } = started()
    await panel.postAsync('SAVE_SETTINGS', { settings: { scope: 'page', templateId: null } })
    expect(storage.get(SETTINGS_KEY)).toEqual({ scope: 'page', templateId: null })
    expect((await panel.sendAsync('UI_READY', {}))[1]).toMatchObject({
      settings: { scope: 'page', templateId: null },
    })
    storage.set(SETTINGS_KEY, ['not', 'settings'])
    expect((await panel.sendAsync('UI_READY', {}))[1]).toMatchObject({ settings: {} })
  })

  test('places the workshop kit and reads it back', async () => {
    const { panel } = started()
    const [placed, placedPayload] = await panel.sendAsync(
      'PLACE_CANVASES',
      withRelaunchTexts(workshopKit()),
    )
    expect(placed).toBe('CANVASES_PLACED')
    expect(placedPayload).toMatchObject({
      canvases: workshopCanvases.map((definition) => ({ templateId: definition.id })),
    })
    const from = panel.answers.length
    await panel.sendAsync('READ_BOARD', { scope: 'page' })
    await panel.postAsync('CLEAR_FLAGS', {})
    const names = panel.answers.slice(from).map(([name]) => name)
    expect(names.filter((name) => name !== 'PROGRESS')).toEqual(['BOARD_READ', 'FLAGS_CHANGED'])
    const read = panel.answers.find(([name]) => name === 'BOARD_READ')
    expect(read?.[1]).toMatchObject({
      scope: 'page',
      board: { canvases: workshopCanvases.map((definition) => ({ templateId: definition.id })) },
    })
  })

  test('flags the board and clears the flags again', async () => {
    const { figma, panel } = started()
    await panel.sendAsync('PLACE_CANVASES', withRelaunchTexts(workshopKit()))
    const [canvas] = sectionsWithRole(figma, 'canvas')
    if (canvas === undefined) throw new Error('the kit was placed')
    const nodesBefore = figma.nodeCount()
    const flag = { canvasId: canvas.state.id, areaId: null, noteIds: [], message: 'Empty' }
    expect(await panel.sendAsync('FLAG_BOARD', { flags: [flag, flag] })).toEqual([
      'FLAGS_CHANGED',
      { flagCount: 2 },
    ])
    expect(figma.nodeCount()).toBe(nodesBefore + 2)
    expect(await panel.sendAsync('CLEAR_FLAGS', {})).toEqual(['FLAGS_CHANGED', { flagCount: 0 }])
    expect(figma.nodeCount()).toBe(nodesBefore)
  })

  test('a failing operation names the message and why to the panel, which words the notice', async () => {
    const { figma, panel, notices } = started()
    await panel.sendAsync('PLACE_CANVASES', withRelaunchTexts(workshopKit()))
    const before = boardSnapshot(figma)
    const [name, payload] = await panel.sendAsync('LINK_NOTES', {
      fromNoteId: '9:9',
      toNoteId: '9:10',
    })
    expect(name).toBe('OPERATION_FAILED')
    expect(payload).toEqual({
      operation: 'LINK_NOTES',
      reason: expect.objectContaining({ key: 'board.linkStickyGone' }) as unknown,
      notify: true,
    })
    const failure = payload as OperationFailure
    expect(operationFailureText(translator('en'), failure)).toMatch(
      /^Linking the stickies failed: The sticky 9:9 is not on the board any more/,
    )
    expect(operationFailureText(translator('fi'), failure)).toMatch(
      /^Tarralappujen yhdistäminen epäonnistui: Tarralappu 9:9 ei ole enää taululla/,
    )
    expect(notices).toEqual([])
    await panel.postAsync('NOTIFY', {
      text: operationFailureText(translator('fr'), failure),
      error: true,
    })
    expect(notices).toEqual([
      { message: operationFailureText(translator('fr'), failure), error: true },
    ])
    expect(boardSnapshot(figma)).toBe(before)
  })

  test('asks the panel to word how many stickies to show are gone, and passes selection changes on', async () => {
    const { figma, panel, selectionChanged } = started()
    const sticky = figma.person.addSticky({ text: 'Here', x: 0, y: 0 })
    await panel.postAsync('FOCUS_NODES', { nodeIds: [sticky.state.id, '9:9'] })
    const [name, payload] = panel.answers.at(-1) ?? []
    expect(name).toBe('BOARD_NOTICE')
    const { text, error } = payload as { text: Parameters<typeof boardTextIn>[1]; error: boolean }
    expect(error).toBe(false)
    expect(boardTextIn(translator('en'), text)).toBe(
      '1 of the stickies is no longer on the board. Read the board again.',
    )
    expect(boardTextIn(translator('de'), text)).toBe(
      '1 der Haftnotizen ist nicht mehr auf dem Board. Lesen Sie das Board erneut.',
    )
    selectionChanged()
    expect(panel.answers.at(-1)).toEqual(['SELECTION_CHANGED', { selectionCount: 1 }])
  })

  test('runs the FigJam self-test when the panel asks, and on its menu command once the panel listens', async () => {
    const { panel } = started()
    await panel.postAsync('RUN_SELF_TEST')
    expect(panel.answers.map(([name]) => name)).toEqual(['SELF_TEST_STARTED', 'SELF_TEST_DONE'])
    expect(panel.answers[1]?.[1]).toMatchObject({ cleanedUp: true })

    const host = createPluginHost('src/main.ts--runSelfTest')
    const menu = new PanelStandIn()
    startSelfTest(host.figma, menu)
    expect(menu.answers).toEqual([])
    await menu.postAsync('SELF_TEST_PANEL_READY')
    expect(menu.answers.map(([name]) => name)).toEqual(['SELF_TEST_STARTED', 'SELF_TEST_DONE'])
  })
})
