import { join } from 'node:path'

import { packedPanelData } from './build-packed-panel-data.js'

/**
 * intl-messageformat without its ICU parser, for bundles whose catalogues are parsed at build time
 * (`readCatalogueAsync`): the panel's (`packedPanelData`) and the command line's (bin/build-cli.js).
 */
export const LOCALE_ALIAS = {
  '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
}

/**
 * create-figma-plugin's CSS plugin, resolving each CSS file once: it writes a new module for every
 * `import` of a `.css` file, so a stylesheet that ten components import (`layout.module.css`) went
 * into the bundle ten times (about 17 KB). The CSS file is found from the import's folder for a
 * relative path, from the working folder otherwise (as that plugin does), so this is the key.
 */
function resolvingCssOnce(cssPlugin) {
  return {
    name: cssPlugin.name,
    setup(pluginBuild) {
      const resolved = new Map()
      cssPlugin.setup({
        ...pluginBuild,
        onResolve(options, callback) {
          pluginBuild.onResolve(options, (args) => {
            const plain = args.path.replace(/^!/, '')
            const key = `${args.path[0] === '!' ? '!' : ''}${plain.startsWith('.') ? join(args.resolveDir, plain) : plain}`
            if (!resolved.has(key)) resolved.set(key, callback(args))
            return resolved.get(key)
          })
        },
      })
    },
  }
}

/**
 * esbuild options of the panel bundle. The panel runs in FigJam's iframe on current Chromium
 * (desktop app and browser alike), so it targets ES2020 instead of create-figma-plugin's
 * `chrome58`, and keeps non-ASCII text (five languages of method data) as UTF-8 instead of
 * `\uXXXX` escapes. The method data, the station guide's files and the catalogues are packed (`packedPanelData`), so the export writers (YAML,
 * CSV) and the station guide fit the 500 KB budget. Every command of package.json's
 * `figma-plugin` opens the same panel (the default export of src/ui.tsx), so the entry imports it
 * once instead of create-figma-plugin's per-command table, which `require`s it and so wraps every
 * module in a CommonJS shim (about 14 KB); the CSS plugin resolves each stylesheet once
 * (`resolvingCssOnce`).
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    stdin: {
      ...buildOptions.stdin,
      contents: [
        "import ui from './src/ui'",
        "ui(document.getElementById('create-figma-plugin'), __SHOW_UI_DATA__)",
      ].join('\n'),
    },
    target: 'es2020',
    charset: 'utf8',
    alias: { ...buildOptions.alias, ...LOCALE_ALIAS },
    plugins: [
      ...(buildOptions.plugins ?? []).map((plugin) =>
        plugin.name === 'css-modules' ? resolvingCssOnce(plugin) : plugin,
      ),
      packedPanelData(),
    ],
  }
}
