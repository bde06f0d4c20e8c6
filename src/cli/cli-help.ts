import type { Translator } from '../locale/translator'

/** The commands that have a help of their own (`NAME --help`). */
export const COMMANDS: readonly string[] = ['check', 'export', 'diff', 'status']

/** `api-canvas --help`: the commands, FILE and the exit statuses, in the language of `t`. */
export const usageHelp = (t: Translator): string => t('cli.helpUsage')

/** `api-canvas check --help`, in the language of `t`. */
export const checkHelp = (t: Translator): string => t('cli.helpCheck')

/** `api-canvas export --to backstage|openapi-overlay|github-issues|jira-csv --help`. */
export const toolExportHelp = (t: Translator): string => t('cli.helpToolExport')

/** `api-canvas export --help`: the file formats, then the tool formats (`toolExportHelp`). */
export const exportHelp = (t: Translator): string => `${t('cli.helpExport')}${toolExportHelp(t)}`

/** `api-canvas diff --help`, in the language of `t`. */
export const diffHelp = (t: Translator): string => t('cli.helpDiff')

/** `api-canvas status --help`, in the language of `t`. */
export const statusHelp = (t: Translator): string => t('cli.helpStatus')

/**
 * A command's help (`api-canvas help NAME`, `NAME --help`) in the language of `t`; undefined for
 * no command or an unknown one.
 */
export function commandHelp(name: string | undefined, t: Translator): string | undefined {
  switch (name) {
    case 'check':
      return checkHelp(t)
    case 'export':
      return exportHelp(t)
    case 'diff':
      return diffHelp(t)
    case 'status':
      return statusHelp(t)
    default:
      return undefined
  }
}
