import cycles from 'apiops-cycles-method-data/method/cycles.json'
import resources from 'apiops-cycles-method-data/method/resources.json'
import stationCriteria from 'apiops-cycles-method-data/method/station-criteria.json'
import stations from 'apiops-cycles-method-data/method/stations.json'

import criteria from '../../node_modules/apiops-cycles-method-data/src/data/method/criteria.json'
import deCriteria from '../../node_modules/apiops-cycles-method-data/src/data/method/de/labels.criteria.json'
import deCycles from '../../node_modules/apiops-cycles-method-data/src/data/method/de/labels.cycles.json'
import deResources from '../../node_modules/apiops-cycles-method-data/src/data/method/de/labels.resources.json'
import enCriteria from '../../node_modules/apiops-cycles-method-data/src/data/method/en/labels.criteria.json'
import enCycles from '../../node_modules/apiops-cycles-method-data/src/data/method/en/labels.cycles.json'
import enResources from '../../node_modules/apiops-cycles-method-data/src/data/method/en/labels.resources.json'
import fiCriteria from '../../node_modules/apiops-cycles-method-data/src/data/method/fi/labels.criteria.json'
import fiCycles from '../../node_modules/apiops-cycles-method-data/src/data/method/fi/labels.cycles.json'
import fiResources from '../../node_modules/apiops-cycles-method-data/src/data/method/fi/labels.resources.json'
import frCriteria from '../../node_modules/apiops-cycles-method-data/src/data/method/fr/labels.criteria.json'
import frCycles from '../../node_modules/apiops-cycles-method-data/src/data/method/fr/labels.cycles.json'
import frResources from '../../node_modules/apiops-cycles-method-data/src/data/method/fr/labels.resources.json'
import ptCriteria from '../../node_modules/apiops-cycles-method-data/src/data/method/pt/labels.criteria.json'
import ptCycles from '../../node_modules/apiops-cycles-method-data/src/data/method/pt/labels.cycles.json'
import ptResources from '../../node_modules/apiops-cycles-method-data/src/data/method/pt/labels.resources.json'
import type { GuideFilesSource } from './guide-files'

/**
 * The method files of the installed `apiops-cycles-method-data` the station guide reads (cycles,
 * stations, criteria, resources and their labels in de, en, fi, fr and pt; about 1.3 MB as
 * JSON). build/ui.js carries them cut down by `pruneGuideFiles` and deflated
 * (build-figma-plugin.ui.js). Never import it into code the main thread (src/main.ts) imports.
 */
export const packagedGuideFiles: GuideFilesSource = {
  cycles,
  stations,
  stationCriteria,
  criteria,
  resources,
  labels: {
    de: { cycles: deCycles, criteria: deCriteria, resources: deResources },
    en: { cycles: enCycles, criteria: enCriteria, resources: enResources },
    fi: { cycles: fiCycles, criteria: fiCriteria, resources: fiResources },
    fr: { cycles: frCycles, criteria: frCriteria, resources: frResources },
    pt: { cycles: ptCycles, criteria: ptCriteria, resources: ptResources },
  },
}
