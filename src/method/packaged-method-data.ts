import canvasData from 'apiops-cycles-method-data/canvasData.json'
import localizedData from 'apiops-cycles-method-data/localizedData.json'

import { name, version } from '../../node_modules/apiops-cycles-method-data/package.json'
import type { MethodDataSource } from './method-data'

/**
 * The method data of the installed `apiops-cycles-method-data` package (canvases CC BY-SA 4.0).
 * Holds `localizedData.json` (about 250 KB): import it only into the panel, never into code the
 * main thread (src/main.ts) imports.
 */
export const packagedMethodData: MethodDataSource = {
  canvasData,
  localizedData,
  packageName: name,
  version,
}
