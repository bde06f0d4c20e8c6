import { parseGuideFiles, pruneGuideFiles } from './guide-files'
import { packagedGuideFiles } from './packaged-guide-files'

/**
 * The station guide's method files as the panel carries them: parsed, then cut down to what the
 * guide shows (`pruneGuideFiles`). build-packed-panel-data.js runs this module at build time and
 * packs its value as `guideFiles`; no bundle imports it.
 */
export default pruneGuideFiles(parseGuideFiles(packagedGuideFiles))
