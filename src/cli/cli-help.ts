/** The command line's help texts, printed by `--help`. */
export const USAGE = `Usage: api-canvas <command> [options]

Check and convert API Canvas boards exported from the FigJam plugin (JSON) or saved by the
APIOps Cycles Canvas Creator, with the plugin's own check and exporters.

Commands:
  check FILE    print the findings and the fit; exit status 1 when a finding is serious enough
  export FILE   write the board as Markdown, JSON, CSV or Canvas Creator files
                (or for other tools: --to backstage, openapi-overlay, github-issues, jira-csv)
  diff BEFORE AFTER
                what changed between two sessions of one board
  status FILE   print the station report: where the team is in an APIOps Cycles cycle

Run "api-canvas <command> --help" for a command's options.
FILE may be - to read standard input. Files over 50 MB, files not in UTF-8 and JSON with a key
given twice are refused.
Exit status: 0 fine, 1 check failed, 2 bad arguments or a file that cannot be read or written.
`

export const CHECK_HELP = `Usage: api-canvas check FILE [--format text|json|md] [--fail-on error|warning|never] [--mermaid]
                          [--locale de|en|fi|fr|pt]

Checks a board like the plugin's Check tab: the fit of every canvas (each pain answered by a
pain reliever, each gain by a gain creator, no empty areas) and the cross-canvas rules.
FILE is the plugin's JSON export or a Canvas Creator JSON file (told apart by content), or -
for standard input. The findings are worked out afresh, not read from the file.

Options:
  --format text|json|md          report format (default text)
  --fail-on error|warning|never  least severity that fails the check (default error)
  --mermaid                      with --format md: add a Mermaid diagram of each canvas's fit
  --locale de|en|fi|fr|pt        language of the report and the findings (default: the
                                 board's, that of its first canvas)
  -h, --help                     show this help

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 FILE cannot be read or is not valid
(the message names the file and the JSON path at fault).
`

/** Help of `api-canvas export --to backstage|openapi-overlay|github-issues|jira-csv`. */
export const TOOL_EXPORT_HELP = `Usage: api-canvas export FILE --to backstage --type T --lifecycle L --owner O --definition D [--board-url URL] [-o OUT]
       api-canvas export FILE --to openapi-overlay [--canvas ID] [-o OUT]
       api-canvas export FILE --to github-issues|jira-csv [--min-severity error|warning|info] [-o OUT]

Writes the board for the tools an API team works in. FILE is the plugin's JSON export or a
Canvas Creator JSON file; the findings are worked out afresh.

Formats:
  backstage        catalog-info.yaml: one Backstage "kind: API" entity per API Canvas (name,
                   title, description, tags, links and annotations from the canvas)
  openapi-overlay  an OpenAPI Overlay 1.0 that sets info.title, info.summary, info.description
                   and adds info.x-apiops-canvas (the rest of the canvas, fit, findings)
  github-issues    a JSON array of {title, body, labels}, one per finding, each body ending in
                   a hidden marker that stays the same when the board is exported again
  jira-csv         a CSV for Jira's importer: Summary, Description, Issue Type, Priority, Labels

Options:
  --type T           backstage: spec.type, e.g. openapi (no canvas holds it: required)
  --lifecycle L      backstage: spec.lifecycle, e.g. experimental (required)
  --owner O          backstage: spec.owner, an entity reference, e.g. group:parcels (required)
  --definition D     backstage: the API definition's path or URL, read by Backstage as
                     spec.definition.$text, e.g. ./openapi.yaml (required)
  --board-url URL    backstage: the FigJam board's address, to link each entity to its canvas
  --canvas ID        openapi-overlay: the API Canvas (section id) when the board has several
  --min-severity S   github-issues, jira-csv: least severity that makes an item (default warning)
  --locale xx        language of the findings and labels: de, en, fi, fr or pt (default: the
                     board's)
  -o, --output OUT   write to OUT instead of standard output
  -h, --help         show this help

Exit status: 0 written, 2 bad arguments (a missing required option is named), or FILE cannot
be read, is not valid or has no API Canvas, or OUT cannot be written.
`

export const EXPORT_HELP = `Usage: api-canvas export FILE --to md|json|csv|canvascreator [-o OUT] [--mermaid] [--date ISO]
                          [--locale de|en|fi|fr|pt]

Converts a board, checked afresh, to another format. FILE is the plugin's JSON export or a
Canvas Creator JSON file (told apart by content). Output is the same bytes for the same input.

Options:
  --to md|json|csv|canvascreator
        md: Markdown report (notes, fit, findings); json: the plugin's JSON export;
        csv: one row per note (canvas, area, text, author, colour, tags, linked notes);
        canvascreator: one Canvas Creator file per method canvas (the built-in API Value
        Proposition Canvas gives two: apiValuePropositionCanvas and customerJourneyCanvas)
  -o, --output OUT
        write to OUT instead of standard output. With --to canvascreator OUT is a folder
        (made if missing) that gets one file per method canvas, named like Canvas Creator
        names them; without -o, canvascreator writes a JSON array of those files' contents
  --mermaid      with --to md: add a Mermaid diagram of each canvas's fit
  --date ISO     with --to canvascreator: metadata.date of the files, a real date or time
                 like 2025-08-05T17:06:07Z (default: the input Canvas Creator file's date,
                 else none)
  --locale xx    language of headings, findings and column names: de, en, fi, fr or pt
                 (default: the board's, that of its first canvas)
  -h, --help     show this help

OUT is written to a temporary file beside it, then renamed, so an interrupted write leaves the
old OUT as it was; OUT may not be FILE. What a format cannot hold (stray notes and connectors in
Canvas Creator files) is said on standard error.

Exit status: 0 written, 2 bad arguments, or FILE cannot be read or is not valid, or OUT cannot
be written.

For the tools an API team works in (Backstage, OpenAPI, GitHub, Jira):
${TOOL_EXPORT_HELP}`

export const STATUS_HELP = `Usage: api-canvas status FILE [--cycle ID] [--locale xx] [--format text|md|json] [--fail-on open-criteria]

Prints the station report of a board: the stations of an APIOps Cycles cycle in order, which of
the canvases the method recommends at each are on the board, how full and how fit they are, the
criteria ticked in the plugin's Guide tab (read from the plugin's JSON export), and where the
team is (the first station whose canvases are not yet placed, filled and fit).

Options:
  --cycle ID          cycle of the method (default: the export's, else the cycle for a new API)
  --locale xx         language of titles and criteria: de, en, fi, fr or pt (default: the
                      export's station report's, else the board's)
  --format text|md|json
                      text (default); md: the Markdown report without the notes, ending with
                      the station report; json: the station report
  --fail-on open-criteria
                      exit status 1 when a station before the current one has a criterion
                      that is not ticked
  -h, --help          show this help

Exit status: 0 printed, 1 --fail-on open-criteria and such a criterion, 2 bad arguments or a
FILE that cannot be read or is not valid.
`

/** The commands that have a help of their own (`NAME --help`). */
export const COMMANDS: readonly string[] = ['check', 'export', 'diff', 'status']

/**
 * A command's help (`api-canvas help NAME`, `NAME --help`); undefined for no command or an unknown
 * one. `diff`'s help is loaded with its command, so the others start without it.
 */
export async function commandHelpAsync(name: string | undefined): Promise<string | undefined> {
  switch (name) {
    case 'check':
      return CHECK_HELP
    case 'export':
      return EXPORT_HELP
    case 'status':
      return STATUS_HELP
    case 'diff':
      return (await import('./diff-command')).DIFF_HELP
    default:
      return undefined
  }
}
