import { diffBoards } from '../../src/export/board-diff'
import { formatDiffReport } from '../../src/export/board-diff-report'
import { exportGitHubIssues } from '../../src/export/github-issues'
import { exportJiraCsv } from '../../src/export/jira-csv'
import { exportBackstageCatalog } from '../../src/interchange/backstage-catalog'
import { exportOpenApiOverlays } from '../../src/interchange/openapi-overlay'
import type { DemoRun } from './demo-board'
import type { SecondSession } from './second-session'

/** What the demo says no canvas holds: the API's type, lifecycle, owner and definition. */
export const DEMO_SPEC = {
  type: 'openapi',
  lifecycle: 'experimental',
  owner: 'group:parcel-tracking',
  definition: './openapi.yaml',
} as const

/**
 * The files the demo writes for other tools, by name in out/: catalog-info.yaml, the overlay of
 * its API Canvas, the backlog as GitHub issues and Jira CSV, and the Markdown diff of the first
 * session (out/board.json) and the second (out/board-after.json); each in the demo's language.
 */
export function demoToolFiles(demo: DemoRun, second: SecondSession): Map<string, string> {
  const files = new Map<string, string>()
  files.set('catalog-info.yaml', exportBackstageCatalog(demo.board, DEMO_SPEC))
  for (const overlay of exportOpenApiOverlays(demo.board, demo.result)) {
    files.set(overlay.fileName, overlay.json)
  }
  files.set('github-issues.json', exportGitHubIssues(demo.board, demo.result))
  files.set('jira.csv', exportJiraCsv(demo.board, demo.result))
  files.set('board-after.json', second.json)
  const diff = diffBoards(demo, second)
  files.set(
    'board-diff.md',
    formatDiffReport(
      diff,
      'md',
      { before: 'out/board.json', after: 'out/board-after.json' },
      demo.locale,
    ),
  )
  return files
}
