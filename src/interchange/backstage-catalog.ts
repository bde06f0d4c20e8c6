import { stringify } from 'yaml'

import type { Board } from '../model/board'
import { apiCanvasesOf, type ApiCanvasFacts } from './api-canvas-facts'
import { BACKSTAGE_NAME_MAX_LENGTH, backstageEntityName, backstageTag } from './backstage-names'
import { noteUrls } from './note-urls'

/** What no canvas holds, so the person exporting says it (`api-canvas export --to backstage`). */
export interface BackstageSpec {
  /** `spec.type`, e.g. `openapi`, `asyncapi`, `graphql`, `grpc`. */
  type: string
  /** `spec.lifecycle`, e.g. `experimental`, `production`, `deprecated`. */
  lifecycle: string
  /** `spec.owner`: an entity reference to the owning group or user, e.g. `group:parcels`. */
  owner: string
  /** Where the API's definition is, relative to catalog-info.yaml or a URL: `spec.definition.$text`. */
  definition: string
  /** The FigJam board's address; each canvas's link and annotation then name its section. */
  boardUrl?: string
}

/** Annotation keys that point an entity back to its API Canvas. */
export const CANVAS_ANNOTATIONS = {
  canvasId: 'apiops-canvas/canvas-id',
  canvasTitle: 'apiops-canvas/canvas-title',
  template: 'apiops-canvas/template',
  canvasUrl: 'apiops-canvas/canvas-url',
} as const

/**
 * Every string value in double quotes and no line folded: YAML 1.1 and 1.2 readers alike read
 * `1:41`, `yes` or `0o17` back as the text it was, never as a number or a boolean.
 */
const YAML_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
} as const

interface EntityLink {
  url: string
  title: string
}

/** The board address with `node-id` set to the section, as FigJam's own links to a node are. */
function canvasUrl(boardUrl: string, canvasId: string): string {
  const url = new URL(boardUrl)
  url.searchParams.set('node-id', canvasId.replaceAll(':', '-'))
  return url.toString()
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

function linksOf(facts: ApiCanvasFacts, spec: BackstageSpec): EntityLink[] {
  const seen = new Set<string>()
  const links: EntityLink[] = []
  const add = (url: string, title: string): void => {
    if (seen.has(url)) return
    seen.add(url)
    links.push({ url, title })
  }
  if (spec.boardUrl !== undefined) {
    add(canvasUrl(spec.boardUrl, facts.canvasId), `${oneLine(facts.canvasTitle)} (FigJam)`)
  }
  const areas = [
    ['Channel', facts.channels],
    ['Relationship', facts.relationships],
  ] as const
  for (const [kind, texts] of areas) {
    for (const text of texts) {
      for (const { url, title } of noteUrls(text)) add(url, title === '' ? kind : title)
    }
  }
  return links
}

function entityOf(facts: ApiCanvasFacts, name: string, spec: BackstageSpec): object {
  const tags = [
    ...new Set(
      facts.consumerSegments.flatMap((text) => {
        const tag = backstageTag(text)
        return tag === undefined ? [] : [tag]
      }),
    ),
  ]
  const description = facts.valueProposition.map(oneLine).join('\n')
  const links = linksOf(facts, spec)
  const annotations: Record<string, string> = {
    [CANVAS_ANNOTATIONS.canvasId]: facts.canvasId,
    [CANVAS_ANNOTATIONS.canvasTitle]: oneLine(facts.canvasTitle),
    [CANVAS_ANNOTATIONS.template]: facts.templateId,
  }
  if (spec.boardUrl !== undefined) {
    annotations[CANVAS_ANNOTATIONS.canvasUrl] = canvasUrl(spec.boardUrl, facts.canvasId)
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name,
      title: facts.name,
      ...(description === '' ? {} : { description }),
      ...(tags.length === 0 ? {} : { tags }),
      ...(links.length === 0 ? {} : { links }),
      annotations,
    },
    spec: {
      type: spec.type,
      lifecycle: spec.lifecycle,
      owner: spec.owner,
      definition: { $text: spec.definition },
    },
  }
}

/**
 * `base`, else the first unused of `base-2`, `base-3`… (cut to stay within 63 characters);
 * `next` remembers where each base's count stopped, so n equal names cost O(n).
 */
function unusedName(base: string, used: Set<string>, next: Map<string, number>): string {
  let name = base
  for (let count = next.get(base) ?? 2; used.has(name); count += 1) {
    const suffix = `-${String(count)}`
    name = `${base.slice(0, BACKSTAGE_NAME_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
    next.set(base, count + 1)
  }
  used.add(name)
  return name
}

/**
 * The board's API Canvases as a Backstage `catalog-info.yaml`: one `kind: API` entity (`apiVersion:
 * backstage.io/v1alpha1`) per API Canvas (the plugin's or the method's, `apiCanvasesOf`), in board
 * order, as YAML documents separated by `---`. `metadata.name` is the API's name made valid
 * (`backstageEntityName`; a second canvas with the same name gets `-2`, …), `title` the name as
 * written, `description` the value proposition's stickies one a line, `tags` the consumer segments
 * made valid (`backstageTag`), `links` the `http(s)` addresses on channel and relationship stickies
 * (and the canvas on FigJam when `spec.boardUrl` is given), `annotations` the canvas's id, title
 * and template (`CANVAS_ANNOTATIONS`); `spec` comes from `spec`, with `definition` as a `$text`
 * reference Backstage reads at ingestion.
 *
 * Written by the `yaml` library, so sticky text never becomes YAML structure; every string value
 * is double-quoted and no line is folded (`YAML_OPTIONS`). Pure: the same board always gives the same text. Empty when there is no API Canvas.
 * @throws TypeError when `spec.boardUrl` is not a URL.
 */
export function exportBackstageCatalog(board: Board, spec: BackstageSpec): string {
  const used = new Set<string>()
  const next = new Map<string, number>()
  return apiCanvasesOf(board)
    .map((facts) => {
      const name = unusedName(backstageEntityName(facts.name), used, next)
      return stringify(entityOf(facts, name, spec), YAML_OPTIONS)
    })
    .join('---\n')
}
