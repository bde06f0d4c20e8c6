/**
 * esbuild options of the main-thread bundle. Every command in package.json's `figma-plugin`
 * (the plugin itself, its relaunch buttons and the "Open API Canvas" menu item) runs the default
 * export of src/main.ts, which reads `figma.command`; the "Run FigJam self-test" menu item
 * (command `src/main.ts--runSelfTest`, as create-figma-plugin names it in manifest.json) runs
 * `runSelfTest`. So the entry imports src/main.ts once, instead of create-figma-plugin's generated
 * per-command table that wraps every module in a CommonJS shim (~3.5 KB of the 60 KB budget).
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    stdin: {
      ...buildOptions.stdin,
      contents: [
        "import main, { runSelfTest } from './src/main'",
        "if (figma.command === 'src/main.ts--runSelfTest') runSelfTest()",
        'else main()',
      ].join('\n'),
    },
  }
}
