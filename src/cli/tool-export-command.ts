import { exportGitHubIssues } from '../export/github-issues'
import { exportJiraCsv } from '../export/jira-csv'
import { checkBoard } from '../fit/check-board'
import { apiCanvasesOf } from '../interchange/api-canvas-facts'
import { type BackstageSpec, exportBackstageCatalog } from '../interchange/backstage-catalog'
import { exportOpenApiOverlays } from '../interchange/openapi-overlay'
import { type Translator, translator } from '../locale/translator'
import type { Severity } from '../model/findings'
import { fileName } from './cli-files'
import { toolExportHelp } from './cli-help'
import type { CliIo } from './cli-io'
import type { CliKit } from './cli-kit'
import {
  fileArgument,
  LOCALE_OPTION,
  localeArgument,
  oneOf,
  parseCommandArgs,
  UsageError,
} from './cli-options'
import { boardInLocale, runLocale } from './run-locale'

/** The `--to` formats for the tools an API team works in. */
export const TOOL_EXPORT_FORMATS = [
  'backstage',
  'openapi-overlay',
  'github-issues',
  'jira-csv',
] as const
type ToolExportFormat = (typeof TOOL_EXPORT_FORMATS)[number]

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** The options `--to backstage` requires: the catalog field each fills and an example value. */
const SPEC_FLAGS = [
  ['type', 'spec.type', 'openapi'],
  ['lifecycle', 'spec.lifecycle', 'experimental'],
  ['owner', 'spec.owner', 'group:parcels'],
  ['definition', 'spec.definition', './openapi.yaml'],
] as const

const FLAG_FORMATS: Readonly<Record<string, readonly ToolExportFormat[]>> = {
  type: ['backstage'],
  lifecycle: ['backstage'],
  owner: ['backstage'],
  definition: ['backstage'],
  'board-url': ['backstage'],
  canvas: ['openapi-overlay'],
  'min-severity': ['github-issues', 'jira-csv'],
}

/** An entity reference: `[kind:][namespace/]name`, each part as Backstage names are. */
const ENTITY_REF =
  /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*:)?(?:[A-Za-z0-9][-A-Za-z0-9_.]*\/)?[A-Za-z0-9][-A-Za-z0-9_.]*$/

/** True when `args` ask `export` for one of `TOOL_EXPORT_FORMATS` (`--to X` or `--to=X`). */
export function isToolExport(args: readonly string[]): boolean {
  const to = args.flatMap((arg, index) =>
    arg === '--to' ? [args[index + 1] ?? ''] : arg.startsWith('--to=') ? [arg.slice(5)] : [],
  )
  return to.some((format) => TOOL_EXPORT_FORMATS.some((known) => known === format))
}

/** The `--to backstage` options as given on the command line. */
interface SpecOptions {
  type?: string | undefined
  lifecycle?: string | undefined
  owner?: string | undefined
  definition?: string | undefined
  'board-url'?: string | undefined
}

function backstageSpec(options: SpecOptions, t: Translator): BackstageSpec {
  const given = (flag: keyof SpecOptions): string => (options[flag] ?? '').trim()
  const missing = SPEC_FLAGS.filter(([flag]) => given(flag) === '')
  if (missing.length > 0) {
    const flags = missing
      .map(([flag, field, example]) =>
        t('cli.specFlag', { flag: `--${flag}`, field, example: `--${flag} ${example}` }),
      )
      .join(', ')
    throw new UsageError('cli.backstageNeeds', { flags, count: missing.length })
  }
  for (const [flag] of SPEC_FLAGS) {
    if (/\p{Cc}/u.test(given(flag)))
      throw new UsageError('cli.oneLineOption', { option: `--${flag}` })
  }
  const owner = given('owner')
  if (!ENTITY_REF.test(owner)) throw new UsageError('cli.badOwner', { value: owner })
  const boardUrl = options['board-url']
  if (boardUrl !== undefined && !(/^https?:\/\//i.test(boardUrl) && URL.canParse(boardUrl))) {
    throw new UsageError('cli.badBoardUrl', { value: boardUrl })
  }
  return {
    type: given('type'),
    lifecycle: given('lifecycle'),
    owner,
    definition: given('definition'),
    ...(boardUrl === undefined ? {} : { boardUrl }),
  }
}

/**
 * Runs `api-canvas export FILE --to backstage|openapi-overlay|github-issues|jira-csv` (see
 * `toolExportHelp`) and returns its exit status: 0 written. Bad arguments (a missing
 * `--owner`…, an option of another format) throw `UsageError`; a file that cannot be read,
 * has no API Canvas for `backstage` or `openapi-overlay`, or several without `--canvas`, throws
 * an `Error` saying why (exit status 2).
 */
export async function toolExportAsync(
  args: readonly string[],
  io: CliIo,
  kit: CliKit,
): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      type: { type: 'string' },
      lifecycle: { type: 'string' },
      owner: { type: 'string' },
      definition: { type: 'string' },
      'board-url': { type: 'string' },
      canvas: { type: 'string' },
      'min-severity': { type: 'string' },
      ...LOCALE_OPTION,
    },
    () => toolExportHelp(kit.t),
    io,
  )
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  const format = oneOf(values.to, TOOL_EXPORT_FORMATS, '--to') ?? 'backstage'
  for (const [flag, formats] of Object.entries(FLAG_FORMATS)) {
    if (flag in values && !formats.includes(format)) {
      throw new UsageError('cli.goesWith', {
        option: `--${flag}`,
        other: `--to ${formats.join('|')}`,
      })
    }
  }
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, '--min-severity') ?? 'warning'
  const locale = localeArgument(values.locale)
  const spec = format === 'backstage' ? backstageSpec(values, kit.t) : undefined
  const file = fileArgument(positionals)
  const board = boardInLocale((await kit.readBoardAsync(io, file, locale)).board, locale)
  const apis = apiCanvasesOf(board)
  const t = translator(runLocale(board, locale))
  const name = fileName(file, t)
  if ((format === 'backstage' || format === 'openapi-overlay') && apis.length === 0) {
    throw new Error(t('cli.noApiCanvas', { file: name }))
  }
  let text: string
  if (spec !== undefined) {
    text = exportBackstageCatalog(board, spec)
  } else if (format === 'openapi-overlay') {
    const overlays = exportOpenApiOverlays(board, checkBoard(board))
    const chosen = overlays.filter(
      (overlay) => values.canvas === undefined || overlay.canvasId === values.canvas,
    )
    const [only] = chosen
    if (only === undefined || chosen.length > 1) {
      const list = apis.map((facts) => `${facts.canvasId} (${facts.name})`).join(', ')
      throw new Error(
        values.canvas === undefined
          ? t('cli.chooseApiCanvas', { file: name, count: apis.length, list })
          : t('cli.noSuchApiCanvas', { file: name, id: values.canvas, list }),
      )
    }
    text = only.json
  } else if (format === 'github-issues') {
    text = exportGitHubIssues(board, checkBoard(board), minSeverity, runLocale(board, locale))
  } else {
    text = exportJiraCsv(board, checkBoard(board), minSeverity, runLocale(board, locale))
  }
  if (values.output === undefined) io.stdout(text)
  else await kit.writeAsync(io, values.output, text, file)
  return 0
}
