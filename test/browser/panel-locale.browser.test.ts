import { join, resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { Locale } from '../../src/locale/locales'
import type { Board } from '../../src/model/board'
import { englishSentences, pageReader } from './english-sentences'
import { expectNoAxeViolationsAsync, usePanelSession } from './panel-session'
import { withEveryReadProblem, workshopBoard, workshopBoardIn } from './workshop-board'

const ASSETS = resolve(import.meta.dirname, '../../assets')

/**
 * The workshop board placed in `locale` (`workshopBoardIn`), with stamps on a pain, so the Check
 * tab lists top votes too.
 */
function votedBoard(locale: Locale): Board {
  const board = workshopBoardIn(locale)
  const fees = board.canvases
    .flatMap((canvas) => canvas.areas.flatMap((area) => area.notes))
    .find((note) => note.id === '5:22')
  if (fees === undefined) throw new Error('the workshop board has the fees pain')
  fees.votes = { total: 3, byStamp: { '+1': 3 } }
  return board
}

/** The catalogue's parts whose words the panel shows: its own, the board's, the check's. */
const PARTS = ['panel', 'guide', 'board', 'common', 'facilitation', 'fit']

/** Files the panel refuses, each for other reasons: its format's schema, zod's, not an object. */
const BAD_FILES: readonly [string, unknown][] = [
  [
    'broken-canvas.json',
    {
      templateId: 'apiBusinessModelCanvas',
      locale: 5,
      sections: [
        {
          sectionId: 'keyPartners',
          stickyNotes: [{ content: 'Bank', size: 80, color: 'red', owner: 'Eva' }],
        },
      ],
    },
  ],
  [
    'broken-export.json',
    { schemaVersion: 2, board: { canvases: {}, problems: [] }, findings: [{ code: 'odd' }] },
  ],
  ['list.json', [1, 2]],
]

const htmlLangAsync = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.lang)

describe('the panel in the workshop’s language', () => {
  const openAsync = usePanelSession()

  it('follows the browser’s language and switches language without reopening', async () => {
    const { panel, page } = await openAsync({ board: workshopBoard() }, 'light', 'fi-FI')
    await page.getByRole('tab', { name: 'Pohjat' }).waitFor()
    expect(await htmlLangAsync(page)).toBe('fi')
    await page.getByRole('button', { name: 'Sijoita työpajapaketti' }).click()
    await page.getByText(/^Työpajapaketti sijoitettiin: /).waitFor()

    await page.getByRole('combobox', { name: 'Paneelin kieli' }).selectOption('de')
    await page.getByRole('tab', { name: 'Vorlagen' }).waitFor()
    await page.getByText(/^Workshop-Kit platziert: .+ und .+\.$/).waitFor()
    expect(await page.getByText('Työpajapaketti', { exact: false }).count()).toBe(0)
    expect(await htmlLangAsync(page)).toBe('de')
    expect(panel.payloads('UI_READY')).toHaveLength(1)
    await expect
      .poll(() => panel.payloads('SAVE_SETTINGS').at(-1))
      .toMatchObject({ settings: { locale: 'de' } })

    await page.getByRole('combobox', { name: 'Sprache des Panels' }).selectOption('en')
    await page.getByRole('tab', { name: 'Templates' }).waitFor()
    expect(await htmlLangAsync(page)).toBe('en')
  })

  it('keeps the language the person chose over the browser’s', async () => {
    const { page } = await openAsync(
      { board: workshopBoard(), opened: { settings: { locale: 'pt' } } },
      'light',
      'fi-FI',
    )
    await page.getByRole('tab', { name: 'Modelos' }).waitFor()
    expect(await htmlLangAsync(page)).toBe('pt')
    expect(await page.getByRole('combobox', { name: 'Língua do painel' }).inputValue()).toBe('pt')
  })

  it.each([
    ['fi-FI', 'fi'],
    ['de-DE', 'de'],
  ] as const)(
    'shows no English sentence of the panel on any tab in %s',
    async (browserLocale, locale) => {
      const { page } = await openAsync({ board: votedBoard(locale) }, 'light', browserLocale)
      const { readAsync, englishIn } = pageReader(page, englishSentences(PARTS))
      const tabs = page.getByRole('tab')
      await page.locator('[role="tab"][aria-selected="true"]').waitFor()
      await readAsync()
      await page
        .getByRole('button', { name: /^(Sijoita työpajapaketti|Workshop-Kit platzieren)$/ })
        .click()
      await page.getByRole('status').waitFor()
      await readAsync()

      await tabs.nth(1).click()
      await page.getByRole('meter').first().waitFor()
      await page.getByRole('button', { name: /^(Merkitse aukot|Lücken)/ }).click()
      await page
        .getByRole('status')
        .filter({ hasText: /(merkin|Markierungen)/ })
        .waitFor()
      await readAsync()
      if (locale === 'fi') {
        await page.getByRole('meter').first().scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(ASSETS, 'panel-check-fi.png') })
      }

      await tabs.nth(2).click()
      await page.locator('#export-preview').waitFor()
      await readAsync()

      await tabs.nth(3).click()
      await page.locator('details').first().waitFor()
      await readAsync()
      if (locale === 'de') {
        await tabs.nth(0).click()
        await page.keyboard.press('Escape')
        await page.getByRole('status').waitFor({ state: 'detached' })
        await page.getByRole('radio').first().scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(ASSETS, 'panel-templates-de.png') })
      }
      await expectNoAxeViolationsAsync(page)
      expect(englishIn()).toEqual([])
    },
  )

  it.each([
    ['fi-FI', 'fi'],
    ['de-DE', 'de'],
  ] as const)(
    'shows no English sentence in what goes wrong in %s: read problems, refused files, a failed facilitation',
    async (browserLocale, locale) => {
      const { panel, page } = await openAsync(
        {
          board: withEveryReadProblem(workshopBoardIn(locale)),
          facilitateFails: { key: 'facilitation.canvasGone' },
        },
        'light',
        browserLocale,
      )
      const { seen, readAsync, englishIn } = pageReader(page, englishSentences(PARTS))
      await page.locator('[role="tab"][aria-selected="true"]').waitFor()
      for (const [name, content] of BAD_FILES) {
        await page.getByLabel(/^(Tuo tiedosto…|Datei importieren …)$/).setInputFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(content)),
        })
        await page.getByRole('alert').filter({ hasText: name }).waitFor()
        await readAsync()
      }

      const tabs = page.getByRole('tab')
      await tabs.nth(1).click()
      await page.getByRole('meter').first().waitFor()
      await readAsync()

      await tabs.nth(4).click()
      await page.getByRole('button', { name: /^(Fasilitoi|Moderieren)$/ }).click()
      await page.getByRole('alert').waitFor()
      await readAsync()
      seen.push(...panel.payloads('NOTIFY').map((payload) => JSON.stringify(payload)))
      expect(seen.join('\n')).toMatch(/(ei ole enää taululla|nicht mehr auf dem Board)/)
      expect(englishIn()).toEqual([])
    },
  )
})
