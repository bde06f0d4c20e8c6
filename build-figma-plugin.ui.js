import { inlinedCss } from './build-inlined-css.js'
import { packedPanelData } from './build-packed-panel-data.js'

/**
 * intl-messageformat without its ICU parser, for bundles whose catalogues are parsed at build time
 * (`readCatalogueAsync`): the panel's (`packedPanelData`) and the command line's (bin/build-cli.js).
 */
export const LOCALE_ALIAS = {
  '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
}

/**
 * esbuild options of the panel bundle. The panel runs in FigJam's iframe on current Chromium
 * (desktop app and browser alike), so it targets ES2020 instead of create-figma-plugin's
 * `chrome58`, and keeps non-ASCII text (five languages of method data) as UTF-8 instead of
 * `\uXXXX` escapes. The method data, the station guide's files and the catalogues are packed
 * (`packedPanelData`), so the export writers (YAML, CSV) and the station guide fit the 500 KB
 * budget. Every command of package.json's `figma-plugin` opens the same panel (the default export
 * of src/ui.tsx), so the entry imports it once instead of create-figma-plugin's per-command table,
 * which `require`s it and so wraps every module in a CommonJS shim (about 14 KB). esbuild bundles
 * the stylesheets instead of create-figma-plugin's CSS plugin (`inlinedCss`), create-figma-plugin's
 * base stylesheet first, as that plugin puts it first in the page's head.
 */
export default function (buildOptions) {
  const plugins = (buildOptions.plugins ?? []).filter((plugin) => plugin.name !== 'css-modules')
  return {
    ...buildOptions,
    stdin: {
      ...buildOptions.stdin,
      contents: [
        "import '@create-figma-plugin/ui/css/base.css'",
        "import ui from './src/ui'",
        "ui(document.getElementById('create-figma-plugin'), __SHOW_UI_DATA__)",
      ].join('\n'),
    },
    target: 'es2020',
    charset: 'utf8',
    alias: { ...buildOptions.alias, ...LOCALE_ALIAS },
    write: false,
    plugins: [...plugins, packedPanelData(), inlinedCss(plugins)],
  }
}
