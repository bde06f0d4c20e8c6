import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { apiValuePropositionCanvas } from '../src/canvas/api-value-proposition-canvas'
import { workshopCanvases } from '../src/canvas/canvas-catalog'
import { withRelaunchTexts } from '../src/canvas/relaunch-texts'
import { exportJson } from '../src/export/board-export'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { exportGitHubIssues } from '../src/export/github-issues'
import { exportJiraCsv } from '../src/export/jira-csv'
import { checkBoard } from '../src/fit/check-board'
import { exportBackstageCatalog } from '../src/interchange/backstage-catalog'
import { exportCanvasCreator } from '../src/interchange/canvas-creator-export'
import { exportOpenApiOverlays } from '../src/interchange/openapi-overlay'
import { buildMethodCanvasDefinition } from '../src/method/method-canvases'
import type { Board } from '../src/model/board'
import { planFileImport } from '../src/ui/plan-file-import'
import { focusStateAsync, pressUntilFocusedAsync } from './browser/keyboard-focus'
import { expectNoAxeViolationsAsync, usePanelSession } from './browser/panel-session'
import { workshopBoard } from './browser/workshop-board'
import { planBoardExportImport } from './file-readers'
import { workshopKit } from './fixtures/workshop-kit'
import { boardOf, connectNotes, placedMethodCanvas } from './method-board-helpers'
import { readNote } from './note-factory'

const ASSETS = resolve(import.meta.dirname, '../assets')
const FIXTURES = resolve(import.meta.dirname, 'fixtures/canvas-creator')
const AVP_ID = '1:2'
const API_CANVAS_ID = '1:40'

/** The Check tab's reports, one region per canvas, named by the canvas's title. */
function canvasReports(page: Page): Locator {
  return page.locator('section[aria-label]')
}

/** A suggested match: the list item of the pain or gain whose text includes `needText`. */
function suggestionItem(page: Page, needText: string): Locator {
  return page.getByRole('listitem').filter({ hasText: needText, has: page.getByRole('list') })
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
  const openAsync = usePanelSession()
  it('places the chosen template and remembers the choice', async () => {
    const { panel, page } = await openAsync({
      board: workshopBoard(),
      opened: { settings: { templateId: 'api-canvas' } },
    })
    const apiCanvasCard = page.getByRole('radio', { name: 'API Canvas', exact: true })
    await expect.poll(() => apiCanvasCard.getAttribute('aria-checked')).toBe('true')

    await page
      .getByRole('radiogroup', { name: 'Workshop templates' })
      .getByRole('radio', { name: 'API Value Proposition Canvas', exact: true })
      .click()
    await expect
      .poll(() => panel.payloads('SAVE_SETTINGS'))
      .toEqual([
        {
          settings: {
            templateId: 'api-value-proposition-canvas',
            methodLocale: null,
            locale: null,
            scope: 'page',
            exportFormat: 'markdown',
          },
        },
      ])
    await page.getByRole('button', { name: 'Place API Value Proposition Canvas' }).click()
    await page.getByText('Placed the API Value Proposition Canvas on the board.').waitFor()
    expect(panel.payloads('PLACE_CANVASES')).toEqual([
      withRelaunchTexts({
        canvases: [{ definition: { ...apiValuePropositionCanvas, locale: 'en' }, notes: [] }],
        connectors: [],
      }),
    ])

    await page.getByRole('button', { name: 'Show the placed canvas' }).click()
    await expect.poll(() => panel.payloads('FOCUS_NODES')).toEqual([{ nodeIds: ['90:1'] }])
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-templates.png') })
  })

  it('checks the fit: findings grouped by canvas and area, fit bars per canvas', async () => {
    const board = workshopBoard()
    const { page } = await openAsync({ board })
    await page.getByRole('tab', { name: 'Check' }).click()
    await page.getByRole('button', { name: 'Check again' }).waitFor()

    const reports = await canvasReports(page).evaluateAll((sections) =>
      sections.map((section) => ({
        canvas: section.querySelector('h2')?.textContent,
        groups: [...section.querySelectorAll('h3')].map((heading) => ({
          area: heading.textContent,
          findings: [...(heading.nextElementSibling?.querySelectorAll('button') ?? [])].map(
            (finding) => [finding.children[0]?.textContent, finding.children[1]?.textContent],
          ),
        })),
      })),
    )
    const { findings } = checkBoard(board)
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
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-check.png') })
  })

  it('selects the stickies, area or canvas of a finding on the board', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    await page
      .getByRole('button', { name: /Fees are hard to predict .* has no pain reliever/ })
      .click()
    await page.getByRole('button', { name: /“Sandbox behaves .* is linked to/ }).click()
    await page.getByRole('button', { name: 'Area “Key partners” has no stickies yet.' }).click()
    await page
      .getByRole('button', { name: /Area “Cost structure” of canvas .* has no section any more/ })
      .click()
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
    const suggestion = suggestionItem(page, 'Fees are hard to predict')
    await suggestion.waitFor()
    expect(await suggestion.getByRole('listitem').allTextContents()).toEqual([
      '“Fee calculator per card type and country”Link',
    ])
    const meter = page.getByRole('meter', { name: 'pains answered' })
    expect(await meter.getAttribute('aria-valuenow')).toBe('2')
    await page.locator('#suggestions-title').scrollIntoViewIfNeeded()
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-check-suggestions.png') })

    await suggestion.getByRole('button', { name: /^Link “Fee calculator/ }).click()
    await page.getByText('Linked “Fee calculator per card type and country” to “Fees').waitFor()
    await expect.poll(() => meter.getAttribute('aria-valuenow')).toBe('3')
    expect(panel.payloads('LINK_NOTES')).toEqual([{ fromNoteId: '5:43', toNoteId: '5:22' }])
    expect(panel.payloads('READ_BOARD')).toEqual([{ scope: 'page' }, { scope: 'page' }])
    expect(await suggestion.count()).toBe(0)
    expect(await page.getByRole('button', { name: /Fees are hard to predict/ }).count()).toBe(0)
  })

  it('suggests a pain relieving feature of the API Value Proposition for a journey pain', async () => {
    const board = boardOf(
      placedMethodCanvas('10:1', 'customerJourneyCanvas', 'en', {
        pains: [readNote('j:pain', 'Webhook retries are lost during outages')],
      }),
      placedMethodCanvas('20:1', 'apiValuePropositionCanvas', 'en', {
        painRelievingFeatures: [readNote('v:retry', 'Webhook retries with backoff after outages')],
      }),
    )
    const avpTitle = board.canvases[1]?.title ?? ''
    const { panel, page } = await openAsync({ board, opened: { tab: 'check' } })
    const suggestion = suggestionItem(page, 'Webhook retries are lost')
    await suggestion.waitFor()
    expect(await suggestion.getByRole('listitem').allTextContents()).toEqual([
      `“Webhook retries with backoff after outages” · ${avpTitle}Link`,
    ])
    await suggestion.getByRole('button', { name: /^Link “Webhook retries with backoff/ }).click()
    await expect
      .poll(() => panel.payloads('LINK_NOTES'))
      .toEqual([{ fromNoteId: 'v:retry', toNoteId: 'j:pain' }])
  })

  it('links the two selected stickies only when two are selected, and explains a refusal', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    const linkSelected = page.getByRole('button', { name: 'Link selected' })
    await page.getByRole('button', { name: 'Check again' }).waitFor()
    expect(await linkSelected.getAttribute('aria-disabled')).toBe('true')
    await linkSelected.press('Enter')
    expect(panel.payloads('LINK_SELECTION')).toEqual([])

    await panel.sendAsync('SELECTION_CHANGED', { selectionCount: 2 })
    await expect.poll(() => linkSelected.getAttribute('aria-disabled')).toBe('false')
    await linkSelected.click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expectNoAxeViolationsAsync(page)
    expect(await alert.textContent()).toContain(
      'The stickies could not be linked. Linking the selected stickies failed: Select one pain or gain and one pain reliever or gain creator, then try again.',
    )
    expect(panel.payloads('LINK_SELECTION')).toEqual([{}])

    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect.poll(() => alert.count()).toBe(0)
    await panel.sendAsync('SELECTION_CHANGED', { selectionCount: 3 })
    await expect.poll(() => linkSelected.getAttribute('aria-disabled')).toBe('true')
  })

  it('flags empty areas and unanswered pains and gains on the board, then removes the flags', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard(), opened: { tab: 'check' } })
    await page.getByRole('button', { name: 'Flag gaps on the board' }).click()
    await page.getByText('Put 4 flags on the board.').waitFor()
    await expectNoAxeViolationsAsync(page)
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
    await page.getByRole('tab', { name: 'Export' }).click()
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

    const markdown = exportMarkdown(board, checkBoard(board))
    expect(await preview.inputValue()).toBe(markdown)
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-export.png') })
    expect(await downloadAsync()).toEqual({ name: `api-canvases-${today()}.md`, text: markdown })

    await page.getByLabel('Format to export').selectOption({ label: 'JSON' })
    const json = exportJson(board, checkBoard(board))
    await expect.poll(() => preview.inputValue()).toBe(json)
    expect(await downloadAsync()).toEqual({ name: `api-canvases-${today()}.json`, text: json })
    expect(panel.payloads('SAVE_SETTINGS')).toEqual([
      {
        settings: {
          templateId: null,
          methodLocale: null,
          locale: null,
          scope: 'page',
          exportFormat: 'json',
        },
      },
    ])

    await page.getByLabel('Canvas to export').selectOption({ label: 'Acme Pay – API Canvas' })
    const apiCanvasOnly: Board = {
      ...board,
      canvases: board.canvases.filter((canvas) => canvas.id === API_CANVAS_ID),
    }
    const apiCanvasJson = exportJson(apiCanvasOnly, checkBoard(apiCanvasOnly))
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
    const checkFit = page.getByRole('button', { name: 'Check fit' })
    expect(await checkFit.getAttribute('aria-disabled')).toBe('true')
    expect(await checkFit.getAttribute('aria-busy')).toBe('true')
    await panel.sendAsync('PROGRESS', { operation: 'READ_BOARD', done: 40, total: 120 })
    await expect.poll(() => status.textContent()).toBe('Reading the board… 40 of 120')
    await expectNoAxeViolationsAsync(page)

    await panel.sendAsync('OPERATION_FAILED', {
      operation: 'SAVE_SETTINGS',
      reason: { raw: 'storage is full.' },
      notify: false,
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
    expect(await canvasReports(page).getByRole('button').count()).toBe(
      checkBoard(board).findings.length,
    )
  })

  it('can be used from the keyboard: choose a template with the arrow keys and place it', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    await page.getByText('API Business Goals', { exact: true }).waitFor()
    await pressUntilFocusedAsync(page, 'radio: API Business Goals')
    await page.keyboard.press('ArrowDown')
    expect(await focusStateAsync(page)).toEqual({
      where: 'radio: API Value Proposition Canvas',
      visible: true,
    })
    expect(
      await pressUntilFocusedAsync(page, 'button: Place API Value Proposition Canvas'),
    ).toEqual([
      'button: Place workshop kit',
      'combobox: Language of the method canvases',
      'searchbox: Search the method canvases',
      'radio: API Business Model Canvas',
      'file: Import file…',
      'button: Place API Value Proposition Canvas',
    ])
    await page.keyboard.press('Enter')
    await expect
      .poll(() => panel.payloads('PLACE_CANVASES'))
      .toEqual([
        withRelaunchTexts({
          canvases: [{ definition: { ...apiValuePropositionCanvas, locale: 'en' }, notes: [] }],
          connectors: [],
        }),
      ])
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
    await page.getByRole('tab', { name: 'Templates' }).click()
    const firstCard = page.getByRole('radio', { name: 'API Business Goals', exact: true })
    expect(await firstCard.getAttribute('aria-checked')).toBe('true')
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
    expect(await preview.inputValue()).toBe(exportMarkdown(avpOnly, checkBoard(avpOnly)))
    expect(
      await page.getByText(`Preview of acme-pay-api-value-proposition-${today()}.md`).count(),
    ).toBe(1)
    expect(panel.payloads('READ_BOARD')).toEqual([{ scope: 'selection' }])
  })
  it('places a method canvas in Finnish, found by search, and remembers the language', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    const methodList = page.getByRole('radiogroup', { name: 'APIOps Cycles method canvases' })
    expect(await methodList.getByRole('radio').count()).toBe(28)

    await page.getByLabel('Language of the method canvases').selectOption({ label: 'Suomi (fi)' })
    await page.getByLabel('Search the method canvases').fill('polkukanvas')
    await expect
      .poll(() =>
        methodList
          .getByRole('radio')
          .evaluateAll((radios) =>
            radios.map(
              (radio) =>
                document.getElementById(radio.getAttribute('aria-labelledby') ?? '')?.textContent,
            ),
          ),
      )
      .toEqual(['Asiakaspolkukanvas'])
    await methodList.getByRole('radio', { name: /^Asiakaspolkukanvas/ }).click()
    const journey = buildMethodCanvasDefinition('customerJourneyCanvas', 'fi')
    await page.getByText(journey.purpose, { exact: true }).waitFor()
    await expect
      .poll(() => panel.payloads('SAVE_SETTINGS').at(-1))
      .toEqual({
        settings: {
          templateId: 'method:customerJourneyCanvas:fi',
          methodLocale: 'fi',
          locale: null,
          scope: 'page',
          exportFormat: 'markdown',
        },
      })

    await page.getByLabel('Search the method canvases').fill('')
    await methodList.getByRole('radio', { checked: true }).scrollIntoViewIfNeeded()
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-method-canvases.png') })
    await page.getByRole('button', { name: 'Place Asiakaspolkukanvas' }).click()
    await page.getByText('Placed the Asiakaspolkukanvas on the board.').waitFor()
    expect(panel.payloads('PLACE_CANVASES')).toEqual([
      withRelaunchTexts({ canvases: [{ definition: journey, notes: [] }], connectors: [] }),
    ])

    await page.getByLabel('Language of the method canvases').selectOption({ label: 'Deutsch (de)' })
    await page
      .getByRole('button', {
        name: `Place ${buildMethodCanvasDefinition('customerJourneyCanvas', 'de').title}`,
      })
      .waitFor()
  })

  it('places the workshop kit: the four workshop canvases in order, with no notes', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    await page.getByRole('button', { name: 'Place workshop kit' }).click()
    const titles = workshopCanvases.map((definition) => definition.title)
    await page
      .getByText(
        `Placed the workshop kit: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(titles)}.`,
      )
      .waitFor()
    const kit = workshopKit()
    expect(panel.payloads('PLACE_CANVASES')).toEqual([
      withRelaunchTexts({
        ...kit,
        canvases: kit.canvases.map((canvas) => ({
          ...canvas,
          definition: { ...canvas.definition, locale: 'en' },
        })),
      }),
    ])
    expect(workshopKit().canvases.map((canvas) => canvas.definition.id)).toEqual([
      'api-business-goals',
      'api-value-proposition-canvas',
      'api-canvas',
      'api-as-a-product',
    ])
    await page.getByRole('button', { name: 'Show the 4 placed canvases' }).click()
    await expect
      .poll(() => panel.payloads('FOCUS_NODES'))
      .toEqual([{ nodeIds: ['90:1', '90:2', '90:3', '90:4'] }])
  })

  it('imports a Canvas Creator file and sends its notes to the board', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    const file = join(FIXTURES, 'payments_customerJourneyCanvas_de.json')
    await page.getByLabel('Import file…').setInputFiles(file)
    const status = page.getByRole('status')
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Imported payments_customerJourneyCanvas_de\.json: placed “.+” with 13 stickies\./)
    const planned = planFileImport(await readFile(file, 'utf8'))
    expect(panel.payloads('PLACE_CANVASES')).toEqual([withRelaunchTexts(planned.placement)])
    expect(planned.placement.canvases[0]?.definition.id).toBe('method:customerJourneyCanvas:de')
    expect(planned.placement.canvases[0]?.notes).toHaveLength(13)

    await page
      .getByLabel('Import file…')
      .setInputFiles(join(FIXTURES, 'invoices_restCanvas_sv.json'))
    await expect
      .poll(() => status.textContent())
      .toContain(
        'The file is in “sv”, a language the APIOps Cycles method has no texts in, so the canvas is in English.',
      )
    expect(panel.payloads('PLACE_CANVASES')).toHaveLength(2)
  })

  it('imports its own JSON export: the same canvases, notes and connectors, between canvases too', async () => {
    const board = workshopBoard()
    connectNotes(board, '5:52', '6:2')
    const { panel, page } = await openAsync({ board })
    const text = exportJson(board, checkBoard(board))
    await page.getByLabel('Import file…').setInputFiles({
      name: 'acme-pay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
    const placement = planBoardExportImport(text)
    const notes = placement.canvases.reduce((sum, canvas) => sum + canvas.notes.length, 0)
    const [avp, api] = placement.canvases
    const refOf = (canvas: typeof avp, text: string) =>
      canvas?.notes.find((note) => note.text === text)?.ref
    expect(placement.connectors).toContainEqual([
      refOf(avp, 'Webhooks service'),
      refOf(api, 'Acme Pay API'),
    ])
    const status = page.getByRole('status')
    await expect
      .poll(() => status.textContent())
      .toBe(
        `Imported acme-pay.json: placed “Acme Pay – API Value Proposition” and “Acme Pay – API Canvas” with ${String(notes)} stickies and ${String(placement.connectors.length)} connectors. Check the fit to see what the canvases still need.`,
      )
    expect(panel.payloads('PLACE_CANVASES')).toEqual([withRelaunchTexts(placement)])
  })

  it('refuses a malformed file, names the JSON path and sends nothing to the board', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() })
    const file = JSON.parse(
      await readFile(join(FIXTURES, 'workshop_apiBusinessModelCanvas_fi.json'), 'utf8'),
    ) as { sections: { sectionId: string; stickyNotes: { color: string }[] }[] }
    const first = file.sections[0]?.stickyNotes[0]
    if (first === undefined) throw new Error('the fixture has notes')
    first.color = 'red'
    await page.getByLabel('Import file…').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toBe(
      '“broken.json” could not be imported, so nothing was placed. It looks like a Canvas Creator file, but it has a problem:sections[0].stickyNotes[0].color: "red" is not a colour like "#FFF399"',
    )
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-import-error.png') })

    await page.getByLabel('Import file…').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Pains: late invoices'),
    })
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^“notes\.txt” could not be imported.*\(file\): is not JSON/)
    expect(panel.payloads('PLACE_CANVASES')).toEqual([])
  })

  it('downloads Canvas Creator files equal to the exporter: a built-in AVP gives two', async () => {
    const board = workshopBoard()
    const { page } = await openAsync({ board, opened: { tab: 'export' } })
    await page.getByRole('textbox', { name: /^Preview of/ }).waitFor()
    await page.getByLabel('Format to export').selectOption({ label: 'Canvas Creator' })
    await page
      .getByText('Canvas Creator holds one canvas per file, so this export is 3 files')
      .waitFor()

    const downloadAsync = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download' }).click(),
      ])
      const text = await readFile(await download.path(), 'utf8')
      const date = z.parse(z.object({ metadata: z.object({ date: z.string() }) }), JSON.parse(text))
        .metadata.date
      return { name: download.suggestedFilename(), text, date }
    }
    const first = await downloadAsync()
    const avpFiles = exportCanvasCreator(board, AVP_ID, { date: first.date })
    expect(avpFiles.map((file) => file.templateId)).toEqual([
      'apiValuePropositionCanvas',
      'customerJourneyCanvas',
    ])
    expect(first).toMatchObject({ name: avpFiles[0]?.fileName, text: avpFiles[0]?.json })
    await page.getByRole('textbox', { name: /^Preview of/ }).evaluate((preview) => {
      preview.scrollTop = preview.scrollHeight / 3
    })
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-export-canvas-creator.png') })

    const second = avpFiles[1]
    if (second === undefined) throw new Error('the built-in AVP gives two files')
    await page.getByLabel('File to preview and download').selectOption({ label: second.fileName })
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Preview of/ }).inputValue())
      .toBe(second.json)
    expect(await downloadAsync()).toMatchObject({ name: second.fileName, text: second.json })
  })

  it('offers CSV and the formats of other tools; Backstage asks for what no canvas holds', async () => {
    const board = workshopBoard()
    const { page } = await openAsync({ board, opened: { tab: 'export' } })
    const preview = page.getByRole('textbox', { name: /^Preview of/ })
    await preview.waitFor()
    const choose = async (format: string) => {
      await page.getByLabel('Format to export').selectOption({ label: format })
    }
    const result = checkBoard(board)
    const expected = [
      ['CSV (one row per sticky)', exportCsv(board)],
      ['GitHub issues (findings)', exportGitHubIssues(board, result)],
      ['Jira CSV (findings)', exportJiraCsv(board, result)],
      ['OpenAPI Overlay', exportOpenApiOverlays(board, result)[0]?.json],
    ] as const
    for (const [format, text] of expected) {
      await choose(format)
      await expect.poll(() => preview.inputValue()).toBe(text)
    }
    await choose('Backstage catalog-info.yaml')
    await page.getByText('Fill in owner above: no canvas holds it.').waitFor()
    await page.getByRole('textbox', { name: 'Owner (spec.owner)' }).fill('group:payments')
    await expect
      .poll(() => preview.inputValue())
      .toBe(
        exportBackstageCatalog(board, {
          type: 'openapi',
          lifecycle: 'experimental',
          owner: 'group:payments',
          definition: './openapi.yaml',
        }),
      )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('catalog-info.yaml')
  })

  it('checks a Customer Journey and an API Value Proposition Canvas as one fit', async () => {
    const note = (id: string, text: string) => readNote(id, text)
    const journey = placedMethodCanvas('10:1', 'customerJourneyCanvas', 'en', {
      persona: [note('j:persona', 'Finance lead at a web shop')],
      customerDiscoversNeed: [note('j:need', 'Month-end close takes a week')],
      customerNeedIsResolved: [note('j:resolved', 'Books close in a day')],
      journeySteps: [note('j:step', 'Match payouts to orders')],
      pains: [
        note('j:pain1', 'Payouts arrive without order ids'),
        note('j:pain2', 'Fees differ per card'),
      ],
      gains: [note('j:gain', 'No spreadsheets at month end')],
      inputsOutputs: [note('j:io', 'Payout report, order list')],
      interactionProcessingRules: [note('j:rules', 'One payout, many orders')],
      improvementOpportunities: [note('j:improve', 'Reconcile automatically')],
    })
    const avp = placedMethodCanvas('20:1', 'apiValuePropositionCanvas', 'en', {
      tasks: [note('v:task', 'Reconcile payouts')],
      painRelievingFeatures: [note('v:painFeature', 'Order ids on every payout line')],
      gainEnablingFeatures: [note('v:gainFeature', 'Reconciliation report endpoint')],
      apiProducts: [note('v:product', 'Payouts API')],
    })
    const board = boardOf(journey, avp)
    connectNotes(board, 'j:pain1', 'v:painFeature')
    connectNotes(board, 'j:gain', 'v:gainFeature')
    const { page } = await openAsync({ board, opened: { tab: 'check' } })
    const journeyReport = page.getByRole('region', { name: journey.title })
    await journeyReport.waitFor()

    const meter = (name: string) =>
      journeyReport.getByRole('meter', { name }).getAttribute('aria-valuetext')
    expect(await meter('pains answered')).toBe('1 of 2 pains answered')
    expect(await meter('gains answered')).toBe('1 of 1 gains answered')
    expect(await page.getByRole('meter').count()).toBe(2)
    await journeyReport
      .getByRole('button', {
        name: 'Pain “Fees differ per card” in “Pains” has nothing from “Pain Relieving Features” on “Acme – API Value Proposition Canvas” linked to it.',
      })
      .waitFor()
    const findings = await canvasReports(page)
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.children[1]?.textContent ?? ''))
    expect(findings.toSorted()).toEqual(
      checkBoard(board)
        .findings.map((finding) => finding.message)
        .toSorted(),
    )
    expect(findings).toHaveLength(1)
    await journeyReport.scrollIntoViewIfNeeded()
    await expectNoAxeViolationsAsync(page)
    await page.screenshot({ path: join(ASSETS, 'panel-check-cross-canvas.png') })
  })
})
