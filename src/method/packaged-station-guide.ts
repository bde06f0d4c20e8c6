import { type GuideFiles, parseGuideFiles } from './guide-files'
import { type MethodDataSource, parseMethodData } from './method-data'
import { packagedGuideFiles } from './packaged-guide-files'
import { packagedMethodData } from './packaged-method-data'
import type { CanvasTitles } from './station-guide'

let packaged: GuideFiles | undefined

/**
 * The installed package's guide files, parsed once.
 * @throws Error when they do not fit the guide's shapes (`parseGuideFiles`).
 */
export function packagedGuide(): GuideFiles {
  packaged ??= parseGuideFiles(packagedGuideFiles)
  return packaged
}

/**
 * Titles of the method's canvases (`canvasData.json`) in `locale`, else in English; undefined for
 * a canvas id the method data does not have.
 */
export function methodCanvasTitles(
  locale: string,
  source: MethodDataSource = packagedMethodData,
): CanvasTitles {
  const { canvasData, localizedData } = parseMethodData(source)
  return (canvasId) =>
    Object.hasOwn(canvasData, canvasId)
      ? (localizedData[locale]?.[canvasId]?.title ??
        localizedData.en?.[canvasId]?.title ??
        canvasId)
      : undefined
}
