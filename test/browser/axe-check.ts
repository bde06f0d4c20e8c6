import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** The rule sets the panel is held to: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** One rule the page breaks, with the elements that break it (CSS selectors) and axe's summary. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
  summaries: string[]
}

interface AxeResultsInPage {
  violations: {
    id: string
    impact?: string | null
    help: string
    nodes: { target: unknown[]; failureSummary?: string }[]
  }[]
}

/**
 * Runs axe-core (its published `axe.min.js`, injected into the page once) over the whole
 * document with the WCAG 2.1 A and AA rules, and returns the serious and critical violations.
 * An empty list means axe found nothing a person relying on assistive tech would be blocked by.
 */
export async function seriousAxeViolationsAsync(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  if (!injected) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const results = await page.evaluate(
    async (tags) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<AxeResultsInPage> }
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      summaries: violation.nodes.map((node) => node.failureSummary ?? ''),
    }))
}
