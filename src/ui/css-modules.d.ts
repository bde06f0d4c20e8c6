/**
 * Class names of a CSS module (`import styles from './x.module.css'`), which build-figma-plugin
 * bundles with their styles. Its build also writes each module's exact typings next to it
 * (`x.module.css.d.ts`, not committed), which take precedence; this covers a fresh clone.
 */
declare module '*.module.css' {
  const classNames: { readonly [className: string]: string | undefined }
  export default classNames
}
