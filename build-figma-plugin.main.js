/**
 * esbuild options of the main-thread bundle. Every command in package.json's `figma-plugin`
 * (the plugin itself and its relaunch buttons) runs the same default export of src/main.ts, which
 * reads `figma.command`; so the entry imports it once, instead of create-figma-plugin's generated
 * per-command table that wraps every module in a CommonJS shim (~3.5 KB of the 60 KB budget).
 */
export default function (buildOptions) {
  return {
    ...buildOptions,
    stdin: { ...buildOptions.stdin, contents: "import main from './src/main'\nmain()\n" },
  }
}
