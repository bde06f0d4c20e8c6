import { beforeAll, describe, expect, test } from 'vitest'

import { runCliAsync } from '../src/cli/api-canvas'
import { exportJson } from '../src/export/board-export'
import { checkBoard } from '../src/fit/check-board'
import cli from '../src/locale/catalogue/en/cli.json'
import exportPart from '../src/locale/catalogue/en/export.json'
import { LOCALES } from '../src/locale/locales'
import { type DemoRun, inLocale, loadSampleWorkshop, runWorkshopAsync } from './demo/demo-board'
import { englishSentences } from './english-sentences'
import { memoryIo } from './memory-cli-io'

interface Run {
  status: number
  stdout: string
  stderr: string
}

async function runAsync(
  argv: string[],
  files: Record<string, string>,
  environment: Record<string, string> = {},
): Promise<Run> {
  const { io, out } = memoryIo(files)
  const status = await runCliAsync(argv, io, environment)
  return { status, ...out }
}

let demo: DemoRun
let files: Record<string, string>

beforeAll(async () => {
  demo = await runWorkshopAsync(loadSampleWorkshop(), 'en')
  const finnish = inLocale(demo.board, 'fi')
  files = { 'en.json': demo.json, 'fi.json': exportJson(finnish, checkBoard(finnish)) }
})

describe('api-canvas --locale', () => {
  test('check --locale fi of the English demo board prints the Finnish report', async () => {
    const english = await runAsync(['check', 'en.json', '--fail-on', 'never'], files)
    const finnish = await runAsync(
      ['check', 'en.json', '--locale', 'fi', '--fail-on', 'never'],
      files,
    )
    expect(finnish.status).toBe(0)
    expect(english.stdout).toMatch(/^ {2}fit: \d+ of \d+ pains answered/m)
    expect(finnish.stdout).toMatch(/^ {2}yhteensopivuus: \d+\/\d+ kipupisteeseen vastattu/m)
    expect(finnish.stdout).toMatch(/: läpäisee \(--fail-on never\)\n$/)
    expect(finnish.stdout).toMatch(/tarralappu/i)
    expect(finnish.stdout).not.toMatch(/\b(pains answered|no findings|passes)\b/)
    expect(finnish.stdout).not.toBe(english.stdout)
  })

  test('without --locale the report follows the board: the Finnish board speaks Finnish', async () => {
    const run = await runAsync(['check', 'fi.json', '--fail-on', 'never'], files)
    const asked = await runAsync(['check', 'en.json', '--fail-on', 'never', '--locale=fi'], files)
    expect(run.stdout).toBe(asked.stdout)
    const back = await runAsync(['check', 'fi.json', '--fail-on', 'never', '--locale', 'en'], files)
    expect(back.stdout).toMatch(/^ {2}fit: /m)
  })

  test('export --to md and csv take --locale', async () => {
    const md = await runAsync(['export', 'en.json', '--to', 'md', '--locale', 'de'], files)
    expect(md.status).toBe(0)
    expect(md.stdout).toBe(
      (await runAsync(['export', 'fi.json', '--to', 'md', '--locale', 'de'], files)).stdout,
    )
    const csv = await runAsync(['export', 'fi.json', '--to', 'csv'], files)
    expect(csv.stdout.split('\n')[0]).not.toBe(
      (await runAsync(['export', 'en.json', '--to', 'csv'], files)).stdout.split('\n')[0],
    )
  })

  test.each([
    ['check', 'en.json'],
    ['export', 'en.json', '--to', 'md'],
    ['export', 'en.json', '--to', 'jira-csv'],
    ['diff', 'en.json', 'fi.json'],
  ])('%s refuses a locale the plugin does not speak, naming those it does', async (...argv) => {
    const run = await runAsync([...argv, '--locale', 'sv'], files)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`--locale must be one of ${LOCALES.join(', ')}, not "sv".`)
  })

  test.each(['check', 'export', 'diff', 'status'])('%s --help lists --locale', async (command) => {
    const run = await runAsync([command, '--help'], files)
    expect(run.stdout).toMatch(/^ {2}--locale /m)
  })

  test('diff speaks the AFTER board’s language unless --locale says otherwise', async () => {
    const finnish = await runAsync(['diff', 'en.json', 'fi.json'], files)
    const english = await runAsync(['diff', 'en.json', 'fi.json', '--locale', 'en'], files)
    expect(finnish.status).toBe(0)
    expect(finnish.stdout).not.toBe(english.stdout)
  })

  test('status defaults to the board’s language when the file has no station report', async () => {
    const run = await runAsync(['status', 'fi.json'], files)
    const asked = await runAsync(['status', 'fi.json', '--locale', 'fi'], files)
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(asked.stdout)
  })
})

describe('the command line’s own words', () => {
  test('with --locale fi a missing file and a bad argument are said in Finnish', async () => {
    const missing = await runAsync(['check', 'nope.json', '--locale', 'fi'], files)
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/^api-canvas: tiedostoa nope\.json ei voi lukea: ENOENT\n$/)
    const usage = await runAsync(['check', 'en.json', '--format', 'pdf', '--locale', 'fi'], files)
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/\nKäyttöohje: ”api-canvas check --help”\.\n$/)
  })

  test('status text speaks the guide’s language', async () => {
    const run = await runAsync(['status', 'en.json', '--locale', 'de'], files)
    expect(run.stdout).toMatch(/^.* \(de\): (aktuelle Station: |alle Stationen sind bereit)/)
    expect(
      run.stdout
        .split('\n')
        .filter((line) => /guide, not placed|every station is ready/.test(line)),
    ).toEqual([])
  })
})

/** What the command line says in `locale`: each help, usage errors, and `status` as text and md. */
async function cliWordsAsync(locale: string): Promise<Map<string, string>> {
  const runs: Record<string, string[]> = {
    usage: ['--help'],
    'check help': ['check', '--help'],
    'export help': ['export', '--help'],
    'diff help': ['help', 'diff'],
    'status help': ['status', '-h'],
    'unknown option': ['check', 'en.json', '--strict'],
    'missing value': ['export', 'en.json', '--to'],
    'bad value': ['check', 'en.json', '--format', 'pdf'],
    'no file': ['check'],
    'no command known': ['lint'],
    'backstage options': ['export', 'en.json', '--to', 'backstage'],
    'status text': ['status', 'en.json'],
    'status md': ['status', 'en.json', '--format', 'md'],
  }
  const words = new Map<string, string>()
  for (const [name, argv] of Object.entries(runs)) {
    const run = await runAsync([...argv, '--locale', locale], files)
    words.set(name, run.stdout + run.stderr)
  }
  const environment = { LANG: `${locale}.UTF-8` }
  const bad = await runAsync(['check', 'en.json', '--locale', 'sv'], files, environment)
  words.set('bad --locale, the environment’s language', bad.stderr)
  words.set('no command', (await runAsync([], files, environment)).stderr)
  return words
}

describe('the command line’s words in every language', () => {
  const sentences = englishSentences([cli, exportPart])

  test('the scan finds the English sentences in an English run', async () => {
    const texts = [...(await cliWordsAsync('en')).values()].join('\n')
    expect(sentences.filter((sentence) => texts.includes(sentence)).length).toBeGreaterThan(60)
  })

  test.each(LOCALES.filter((locale) => locale !== 'en'))(
    'in %s no help, usage error or status holds a sentence of the English catalogue',
    async (locale) => {
      const found: string[] = []
      for (const [output, text] of await cliWordsAsync(locale)) {
        for (const sentence of sentences) {
          if (text.includes(sentence)) found.push(`${output}: ${sentence}`)
        }
      }
      expect(found).toEqual([])
    },
  )

  test('in Finnish: the help, a usage error and the station report', async () => {
    const help = await runAsync(['check', '--help', '--locale', 'fi'], files)
    expect(help.stdout).toMatch(/^Käyttö: api-canvas check TIEDOSTO \[--format text\|json\|md\]/)
    expect(help.stdout).toMatch(/^ {2}-h, --help {21}näyttää tämän ohjeen$/m)
    const unknown = await runAsync(['check', 'en.json', '--strict', '--locale', 'fi'], files)
    expect(unknown.stderr).toMatch(/^api-canvas: Tuntematon valitsin ”--strict” /)
    const status = await runAsync(['status', 'en.json', '--locale', 'fi'], files)
    expect(status.stdout).toMatch(/^1\. .*: (olette täällä|valmis kriteerien läpikäyntiin)$/m)
    expect(status.stdout).toMatch(/: (ei taululla|taululla, \d+ \/ \d+ alueella tarralappuja)/)
    const md = await runAsync(['status', 'en.json', '--format', 'md', '--locale', 'fi'], files)
    expect(md.stdout).toMatch(/^## Asemaraportti: /m)
    expect(md.stdout).toMatch(/^## Havainnot$/m)
  })

  test('before --locale is known, usage errors follow LC_ALL, LC_MESSAGES or LANG', async () => {
    const argv = ['check', 'en.json', '--locale', 'sv']
    const say = async (environment: Record<string, string>) =>
      (await runAsync(argv, files, environment)).stderr.split('\n')[0]
    expect(await say({ LANG: 'fi_FI.UTF-8' })).toBe(
      'api-canvas: --locale: arvon on oltava jokin seuraavista: en, de, fi, fr, pt, ei ”sv”.',
    )
    expect(await say({ LC_MESSAGES: 'de_DE', LANG: 'fi_FI' })).toMatch(/muss einer dieser Werte/)
    expect(await say({ LC_ALL: 'C', LC_MESSAGES: 'de_DE', LANG: 'fi_FI' })).toMatch(/must be one/)
    expect(await say({ LC_ALL: '', LANG: 'pt_BR.UTF-8' })).toMatch(/tem de ser um destes/)
    expect(await say({ LANG: 'fr@euro' })).toMatch(/doit être l’une de ces valeurs/)
    expect(await say({ LANG: 'C.UTF-8' })).toMatch(/must be one of/)
  })
})
