import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { exportJson } from '../src/export/board-export'
import { exportMarkdown } from '../src/export/export-markdown'
import { checkFit } from '../src/fit/check-fit'
import type { Board } from '../src/model/board'
import { launchChromiumAsync } from './browser/launch-chromium'
import { MainThreadStandIn, type MainThreadStandInOptions } from './browser/main-thread-stand-in'
import { PanelPage } from './browser/panel-page'
import { readUiBundleAsync } from './browser/ui-bundle'
import { sampleBoard } from './fixtures/sample-board'

const ASSETS = resolve(import.meta.dirname, '../assets')
const AVP_ID = '1:2'
const API_CANVAS_ID = '1:40'

/**
 * The sample workshop plus one pain reliever nobody linked yet, whose words match the pain
 * "Fees are hard to predict | they differ per card type and country…" (5:22).
 */
function workshopBoard(): Board {
  const board = structuredClone(sampleBoard)
  const relievers = board.canvases[0]?.areas.find((area) => area.id === 'painRelievers')
  if (relievers === undefined) throw new Error('sample board has no pain relievers')
  relievers.notes.push({
    id: '5:43',
    text: 'Fee calculator per card type and country',
    author: 'Eva',
    color: '#FFE299',
    position: { x: 624, y: 1112 },
    tags: [],
    links: [],
  })
  return board
}

function today(): string {
  const now = new Date()
  return [
    String(now.getFullYear()),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-')
}

describe('the panel in Chromium', () => {
  let browser: Browser
  let uiBundle: string
  const panels: PanelPage[] = []

  beforeAll(async () => {
    uiBundle = await readUiBundleAsync()
    browser = await launchChromiumAsync()
  }, 180_000)

  afterEach(async () => {
    const errors = panels.flatMap((panel) => panel.errors)
    await Promise.all(panels.splice(0).map((panel) => panel.closeAsync()))
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser.close()
  })

  async function openAsync(options: MainThreadStandInOptions) {
    const main = new MainThreadStandIn(options)
    const panel = await PanelPage.openAsync(browser, uiBundle, main.respondAsync)
    panels.push(panel)
    panel.page.setDefaultTimeout(5_000)
    return { main, panel, page: panel.page }
  }

  /**
   * Clicks a tab, a segment or a menu item as a person does: on its label. The library draws
   * these as radio inputs without size, which Playwright would wait for forever.
   */
  async function chooseRadioAsync(page: Page, name: string): Promise<void> {
    await page.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click()
  }

  it('places the chosen template and remembers the choice', async () => {
    const { panel, page } = await openAsync({
      board: workshopBoard(),
      opened: { settings: { templateId: 'api-canvas' } },
    })
    const apiCanvasCard = page.getByRole('radio', { name: /^Layout of the API Canvas/ })
    await expect.poll(() => apiCanvasCard.getAttribute('aria-checked')).toBe('true')

    await page.getByRole('radio', { name: /^Layout of the API Value Proposition Canvas/ }).click()
    await expect
      .poll(() => panel.payloads('SAVE_SETTINGS'))
      .toEqual([
        {
          settings: {
            templateId: 'api-value-proposition-canvas',
            scope: 'page',
            exportFormat: 'markdown',
          },
        },
      ])
    await page.getByRole('button', { name: 'Place API Value Proposition Canvas' }).click()
    await page.getByText('Placed the API Value Proposition Canvas on the board.').waitFor()
    expect(panel.payloads('PLACE_TEMPLATE')).toEqual([
      { templateId: 'api-value-proposition-canvas' },
    ])

    await page.getByRole('button', { name: 'Show the placed canvas' }).click()
    await expect.poll(() => panel.payloads('FOCUS_NODES')).toEqual([{ nodeIds: ['90:1'] }])
    await page.screenshot({ path: join(ASSETS, 'panel-templates.png') })
  })

  it('checks the fit: findings grouped by canvas and area, fit bars per canvas', async () => {
    const board = workshopBoard()
    const { page } = await openAsync({ board })
    await chooseRadioAsync(page, 'Check')
    await page.getByRole('button', { name: 'Check again' }).waitFor()

    const reports = await page.locator('.canvas-report').evaluateAll((sections) =>
      sections.map((section) => ({
        canvas: section.querySelector('.canvas-title')?.textContent,
        groups: [...section.querySelectorAll('.finding-group')].map((group) => ({
          area: group.querySelector('.area-title')?.textContent,
          findings: [...group.querySelectorAll('.finding')].map((finding) => [
            finding.querySelector('.severity')?.textContent,
            finding.querySelector('.finding-message')?.textContent,
          ]),
        })),
      })),
    )
    const { findings } = checkFit(board)
    const shown = (canvasId: string, areaId: string | null) =>
      findings
        .filter((finding) => finding.canvasId === canvasId && finding.areaId === areaId)
        .map((finding) => [
          finding.severity.charAt(0).toUpperCase() + finding.severity.slice(1),
          finding.message,
        ])
    expect(reports).toEqual([
      {
        canvas: 'Acme Pay – API Value Proposition',
        groups: [
          { area: 'Whole canvas', findings: shown(AVP_ID, null) },
          { area: 'B · Gains', findings: shown(AVP_ID, 'gains') },
          { area: 'C · Pains', findings: shown(AVP_ID, 'pains') },
          { area: 'D · Gain creators', findings: shown(AVP_ID, 'gainCreators') },
          { area: 'E · Pain relievers', findings: shown(AVP_ID, 'painRelievers') },
        ],
      },
      {
        canvas: 'Acme Pay – API Canvas',
        groups: [
          { area: '8 · Key partners', findings: shown(API_CANVAS_ID, 'keyPartners') },
          { area: '9 · Cost structure', findings: shown(API_CANVAS_ID, 'costStructure') },
        ],
      },
    ])
    expect(reports.flatMap((report) => report.groups.flatMap((g) => g.findings))).toHaveLength(
      findings.length,
    )
    expect(shown(AVP_ID, 'pains')).toHaveLength(3)

    const meter = (name: string) => page.getByRole('meter', { name }).getAttribute('aria-valuetext')
    expect(await meter('pains answered')).toBe('2 of 4 pains answered')
    expect(await meter('gains answered')).toBe('2 of 3 gains answered')
    expect(await page.getByRole('meter').count()).toBe(2)
    await page.screenshot({ path: join(ASSETS, 'panel-check.png') })
  })

  it('selects the stickies, area or canvas of a finding on the board', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    await page
      .getByRole('button', { name: /Fees are hard to predict .* has no pain reliever/ })
      .click()
    await page.getByRole('button', { name: /“Sandbox behaves .* is linked to/ }).click()
    await page.getByRole('button', { name: 'Area “Key partners” has no stickies yet.' }).click()
    await page.getByRole('button', { name: /area “Cost structure” .* was deleted/ }).click()
    await expect
      .poll(() => panel.payloads('FOCUS_NODES'))
      .toEqual([
        { nodeIds: ['5:22'] },
        { nodeIds: ['5:23', '5:31'] },
        { nodeIds: ['1:49'] },
        { nodeIds: [API_CANVAS_ID] },
      ])
  })

  it('links a suggested match, then checks again and counts the pain as answered', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    const suggestion = page.locator('.suggestion', { hasText: 'Fees are hard to predict' })
    await suggestion.waitFor()
    expect(await suggestion.locator('.suggestion-candidate').allTextContents()).toEqual([
      '“Fee calculator per card type and country”Link',
    ])
    const meter = page.getByRole('meter', { name: 'pains answered' })
    expect(await meter.getAttribute('aria-valuenow')).toBe('2')
    await page.locator('#suggestions-title').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ASSETS, 'panel-check-suggestions.png') })

    await suggestion.getByRole('button', { name: /^Link “Fee calculator/ }).click()
    await page.getByText('Linked “Fee calculator per card type and country” to “Fees').waitFor()
    await expect.poll(() => meter.getAttribute('aria-valuenow')).toBe('3')
    expect(panel.payloads('LINK_NOTES')).toEqual([{ fromNoteId: '5:43', toNoteId: '5:22' }])
    expect(panel.payloads('READ_BOARD')).toEqual([{ scope: 'page' }, { scope: 'page' }])
    expect(await suggestion.count()).toBe(0)
    expect(await page.getByRole('button', { name: /Fees are hard to predict/ }).count()).toBe(0)
  })

  it('links the two selected stickies only when two are selected, and explains a refusal', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    const linkSelected = page.getByRole('button', { name: 'Link selected' })
    await page.getByRole('button', { name: 'Check again' }).waitFor()
    expect(await linkSelected.isDisabled()).toBe(true)

    await panel.sendAsync('SELECTION_CHANGED', { selectionCount: 2 })
    await expect.poll(() => linkSelected.isEnabled()).toBe(true)
    await linkSelected.click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'The stickies could not be linked. Select one pain or gain and one pain reliever or gain creator, then try again.',
    )
    expect(panel.payloads('LINK_SELECTION')).toEqual([{}])

    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect.poll(() => alert.count()).toBe(0)
    await panel.sendAsync('SELECTION_CHANGED', { selectionCount: 3 })
    await expect.poll(() => linkSelected.isDisabled()).toBe(true)
  })

  it('flags empty areas and unanswered pains and gains on the board, then removes the flags', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    await page.getByRole('button', { name: 'Flag gaps on the board' }).click()
    await page.getByText('Put 4 flags on the board.').waitFor()
    expect(panel.payloads('FLAG_BOARD')).toEqual([
      {
        flags: [
          {
            canvasId: AVP_ID,
            areaId: null,
            noteIds: ['5:12'],
            message: 'No gain creator answers this gain',
          },
          {
            canvasId: AVP_ID,
            areaId: null,
            noteIds: ['5:22'],
            message: 'No pain reliever answers this pain',
          },
          {
            canvasId: AVP_ID,
            areaId: null,
            noteIds: ['5:23'],
            message: 'No pain reliever answers this pain',
          },
          {
            canvasId: API_CANVAS_ID,
            areaId: 'keyPartners',
            noteIds: [],
            message: 'Empty: add stickies to Key partners',
          },
        ],
      },
    ])

    await page.getByRole('button', { name: 'Remove flags' }).click()
    await page.getByText('Removed the flags from the board.').waitFor()
    expect(panel.payloads('CLEAR_FLAGS')).toEqual([{}])
  })

  it('downloads the Markdown and JSON exports of the board and of one canvas', async () => {
    const board = workshopBoard()
    const { panel, page } = await openAsync({ board })
    await chooseRadioAsync(page, 'Export')
    const preview = page.getByRole('textbox', { name: /^Preview of/ })
    await preview.waitFor()

    const downloadAsync = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download' }).click(),
      ])
      return {
        name: download.suggestedFilename(),
        text: await readFile(await download.path(), 'utf8'),
      }
    }

    const markdown = exportMarkdown(board, checkFit(board))
    expect(await preview.inputValue()).toBe(markdown)
    await page.screenshot({ path: join(ASSETS, 'panel-export.png') })
    expect(await downloadAsync()).toEqual({ name: `api-canvases-${today()}.md`, text: markdown })

    await chooseRadioAsync(page, 'JSON')
    const json = exportJson(board, checkFit(board))
    await expect.poll(() => preview.inputValue()).toBe(json)
    expect(await downloadAsync()).toEqual({ name: `api-canvases-${today()}.json`, text: json })
    expect(panel.payloads('SAVE_SETTINGS')).toEqual([
      { settings: { templateId: null, scope: 'page', exportFormat: 'json' } },
    ])

    await page.getByLabel('Canvas to export').click()
    await chooseRadioAsync(page, 'Acme Pay – API Canvas')
    const apiCanvasOnly: Board = {
      ...board,
      canvases: board.canvases.filter((canvas) => canvas.id === API_CANVAS_ID),
    }
    const apiCanvasJson = exportJson(apiCanvasOnly, checkFit(apiCanvasOnly))
    await expect.poll(() => preview.inputValue()).toBe(apiCanvasJson)
    expect(await downloadAsync()).toEqual({
      name: `acme-pay-api-canvas-${today()}.json`,
      text: apiCanvasJson,
    })
  })

  it('asks the facilitator to copy by hand where the panel may not use the clipboard', async () => {
    const { page } = await openAsync({ board: workshopBoard(), opened: { tab: 'export' } })
    const preview = page.getByRole('textbox', { name: /^Preview of/ })
    await preview.waitFor()
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
    await page.getByRole('button', { name: 'Copy' }).click()
    await page.getByText('This panel may not copy for you.').waitFor()
    expect(await page.getByRole('status').textContent()).toContain(
      'The text in the preview is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    )
    const selection = await preview.evaluate((element) =>
      element instanceof HTMLTextAreaElement
        ? {
            focused: document.activeElement === element,
            selected: element.value.slice(element.selectionStart, element.selectionEnd),
            readOnly: element.readOnly,
          }
        : null,
    )
    expect(selection).toEqual({
      focused: true,
      selected: await preview.inputValue(),
      readOnly: true,
    })
  })

  it('shows that the board is being read, with progress, until the answer comes', async () => {
    const board = workshopBoard()
    const { panel, page } = await openAsync({
      board,
      opened: { tab: 'check' },
      answerReads: false,
    })
    const status = page.getByRole('status')
    await expect.poll(() => status.textContent()).toBe('Reading the board…')
    expect(await page.getByRole('button', { name: 'Check fit' }).isDisabled()).toBe(true)
    await panel.sendAsync('PROGRESS', { operation: 'READ_BOARD', done: 40, total: 120 })
    await expect.poll(() => status.textContent()).toBe('Reading the board… 40 of 120')

    await panel.sendAsync('OPERATION_FAILED', {
      operation: 'SAVE_SETTINGS',
      message: 'Saving your settings failed: storage is full.',
    })
    const alert = page.getByRole('alert')
    expect(await alert.textContent()).toBe(
      'Your choices could not be remembered for next time. Saving your settings failed: storage is full.',
    )
    expect(await status.textContent()).toBe('Reading the board… 40 of 120')

    await panel.sendAsync('BOARD_READ', { board, scope: 'page' })
    await page.getByRole('button', { name: 'Check again' }).waitFor()
    expect(await status.count()).toBe(0)
    expect(await alert.count()).toBe(1)
    expect(await page.locator('.finding').count()).toBe(checkFit(board).findings.length)
  })

  it('can be used from the keyboard: choose a template with the arrow keys and place it', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement
        const text = element?.textContent ?? ''
        return element?.getAttribute('role') === 'radio' ? `card: ${text}` : text
      })
    await page.getByText('API Business Goals', { exact: true }).waitFor()
    for (let presses = 0; presses < 8 && !(await focusedName()).startsWith('card:'); presses++) {
      await page.keyboard.press('Tab')
    }
    expect(await focusedName()).toMatch(/^card: .*API Business Goals/)
    await page.keyboard.press('ArrowDown')
    expect(await focusedName()).toMatch(/^card: .*API Value Proposition Canvas/)
    await page.keyboard.press('Tab')
    expect(await focusedName()).toBe('Place API Value Proposition Canvas')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => panel.payloads('PLACE_TEMPLATE'))
      .toEqual([{ templateId: 'api-value-proposition-canvas' }])
  })

  it('falls back to defaults when remembered settings are no longer valid', async () => {
    const { panel, page } = await openAsync({
      board: workshopBoard(),
      opened: {
        tab: 'export',
        settings: { templateId: 42, scope: 'everything', exportFormat: 'pdf' },
      },
    })
    await page.getByRole('textbox', { name: /^Preview of api-canvases-.*\.md$/ }).waitFor()
    expect(panel.payloads('READ_BOARD')).toEqual([{ scope: 'page' }])
    await chooseRadioAsync(page, 'Templates')
    const firstCard = page.getByRole('radio', { name: /^Layout of the API Business Goals/ })
    expect(await firstCard.getAttribute('aria-checked')).toBe('true')
  })

  it('tells the facilitator when an answer from the board cannot be read', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    await page.getByText('API Business Goals', { exact: true }).waitFor()
    await panel.sendUncheckedAsync('BOARD_READ', { board: { schemaVersion: 1 }, scope: 'page' })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(
      /^The panel got an answer from the board it could not read\. BOARD_READ: board\.canvases: .*Close the plugin and run it again/,
    )
  })

  it('opens on the tab and canvas of the relaunch button pressed', async () => {
    const board = workshopBoard()
    const { panel, page } = await openAsync({
      board,
      opened: { tab: 'export', canvasId: AVP_ID, settings: { scope: 'selection' } },
    })
    const preview = page.getByRole('textbox', { name: /^Preview of/ })
    await preview.waitFor()
    const avpOnly: Board = { ...board, canvases: board.canvases.slice(0, 1), problems: [] }
    expect(await preview.inputValue()).toBe(exportMarkdown(avpOnly, checkFit(avpOnly)))
    expect(
      await page.getByText(`Preview of acme-pay-api-value-proposition-${today()}.md`).count(),
    ).toBe(1)
    expect(panel.payloads('READ_BOARD')).toEqual([{ scope: 'selection' }])
  })
})
