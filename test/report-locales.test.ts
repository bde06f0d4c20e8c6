import { beforeAll, describe, expect, test } from 'vitest'

import { formatCheckReportAsync } from '../src/cli/check-report'
import { diffBoards } from '../src/export/board-diff'
import { formatDiffReport } from '../src/export/board-diff-report'
import { exportCsv } from '../src/export/export-csv'
import { exportMarkdown } from '../src/export/export-markdown'
import { exportGitHubIssues } from '../src/export/github-issues'
import { exportJiraCsv } from '../src/export/jira-csv'
import { fitMermaidDiagram } from '../src/export/mermaid-fit'
import { exportOpenApiOverlays } from '../src/interchange/openapi-overlay'
import { buildStationReport } from '../src/interchange/station-report'
import cli from '../src/locale/catalogue/en/cli.json'
import exportPart from '../src/locale/catalogue/en/export.json'
import fit from '../src/locale/catalogue/en/fit.json'
import { type Locale, LOCALES } from '../src/locale/locales'
import { NEW_API_CYCLE_ID } from '../src/method/station-guide'
import { type DemoRun, loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'
import { runSecondSessionAsync } from './demo/second-session'
import { englishSentences as englishSentencesOf } from './english-sentences'
import { packagedStationGuide } from './station-guide-helpers'

/** The English sentences of the catalogue parts that word the exports and the command line. */
const englishSentences = englishSentencesOf([fit, exportPart, cli])

/** Everything a workshop run in `locale` writes for people: exports and the CLI's text report. */
async function outputsAsync(demo: DemoRun): Promise<Map<string, string>> {
  const second = await runSecondSessionAsync(demo)
  const guide = packagedStationGuide(NEW_API_CYCLE_ID, demo.locale)
  const stationReport = buildStationReport(guide, demo.board, demo.result, [])
  const names = { before: 'before.json', after: 'after.json' }
  const diff = diffBoards(demo, second)
  return new Map([
    ['markdown', exportMarkdown(demo.board, demo.result, { mermaid: true, stationReport })],
    ['csv', exportCsv(demo.board)],
    [
      'mermaid',
      demo.board.canvases.map((canvas) => fitMermaidDiagram(canvas, demo.result) ?? '').join('\n'),
    ],
    ['cli text', await formatCheckReportAsync(demo.board, demo.result, 'text', 'error')],
    ['github issues', exportGitHubIssues(demo.board, demo.result, 'info')],
    ['jira', exportJiraCsv(demo.board, demo.result, 'info')],
    ['diff text', formatDiffReport(diff, 'text', names, demo.locale)],
    ['diff md', formatDiffReport(diff, 'md', names, demo.locale)],
    [
      'overlay',
      exportOpenApiOverlays(demo.board, demo.result)
        .map((overlay) => overlay.json)
        .join('\n'),
    ],
  ])
}

const runs = new Map<Locale, DemoRun>()

beforeAll(async () => {
  for (const locale of LOCALES)
    runs.set(locale, await runWorkshopAsync(loadSampleWorkshop(), locale))
})

const runIn = (locale: Locale): DemoRun => {
  const run = runs.get(locale)
  if (run === undefined) throw new Error(`no demo run in ${locale}`)
  return run
}

describe('the demo workshop report in the canvases’ language', () => {
  test('finds English phrases to look for', () => {
    expect(englishSentences).toContain('has no stickies yet.')
    expect(englishSentences).toContain('API Canvas workshop results')
  })

  test('the scan finds them in an English run', async () => {
    const texts = [...(await outputsAsync(runIn('en'))).values()].join('\n')
    const found = englishSentences.filter((sentence) => texts.includes(sentence))
    expect(found.length).toBeGreaterThan(30)
  })

  test.each(['en', 'fi'] as const)('the %s Markdown matches its golden file', async (locale) => {
    await expect(runIn(locale).markdown).toMatchFileSnapshot(`./golden/demo-workshop.${locale}.md`)
  })

  test.each(LOCALES.filter((locale) => locale !== 'en'))(
    'a run in %s writes no sentence of the English catalogue',
    async (locale) => {
      const found: string[] = []
      for (const [output, text] of await outputsAsync(runIn(locale))) {
        for (const sentence of englishSentences) {
          if (text.includes(sentence)) found.push(`${output}: ${sentence}`)
        }
      }
      expect(found).toEqual([])
    },
  )

  test('the same findings, codes and fit, whatever the language', () => {
    const codes = (locale: Locale) =>
      runIn(locale).result.findings.map((finding) => [finding.code, finding.noteIds])
    for (const locale of LOCALES) {
      expect(codes(locale)).toEqual(codes('en'))
      expect(runIn(locale).result.fit).toEqual(runIn('en').result.fit)
    }
  })
})
