import { TOOL_EXPORT_HELP } from './tool-export-command'

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

Run "api-canvas <command> --help" for a command's options.
FILE may be - to read standard input. Files over 50 MB, files not in UTF-8 and JSON with a key
given twice are refused.
Exit status: 0 fine, 1 check failed, 2 bad arguments or a file that cannot be read or written.
`

export const CHECK_HELP = `Usage: api-canvas check FILE [--format text|json|md] [--fail-on error|warning|never] [--mermaid]

Checks a board like the plugin's Check tab: the fit of every canvas (each pain answered by a
pain reliever, each gain by a gain creator, no empty areas) and the cross-canvas rules.
FILE is the plugin's JSON export or a Canvas Creator JSON file (told apart by content), or -
for standard input. The findings are worked out afresh, not read from the file.

Options:
  --format text|json|md          report format (default text)
  --fail-on error|warning|never  least severity that fails the check (default error)
  --mermaid                      with --format md: add a Mermaid diagram of each canvas's fit
  -h, --help                     show this help

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 FILE cannot be read or is not valid
(the message names the file and the JSON path at fault).
`

export const EXPORT_HELP = `Usage: api-canvas export FILE --to md|json|csv|canvascreator [-o OUT] [--mermaid] [--date ISO]

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
  -h, --help     show this help

OUT is written to a temporary file beside it, then renamed, so an interrupted write leaves the
old OUT as it was; OUT may not be FILE. What a format cannot hold (stray notes and connectors in
Canvas Creator files) is said on standard error.

Exit status: 0 written, 2 bad arguments, or FILE cannot be read or is not valid, or OUT cannot
be written.

For the tools an API team works in (Backstage, OpenAPI, GitHub, Jira):
${TOOL_EXPORT_HELP}`
