import board from './pt/board.json'
import canvas from './pt/canvas.json'
import cli from './pt/cli.json'
import common from './pt/common.json'
import exportPart from './pt/export.json'
import facilitation from './pt/facilitation.json'
import fit from './pt/fit.json'
import guide from './pt/guide.json'
import panel from './pt/panel.json'
import selfTest from './pt/self-test.json'

/** The pt catalogue: one JSON file of ICU messages per part, in ./pt/. */
export default {
  board,
  canvas,
  cli,
  common,
  export: exportPart,
  facilitation,
  fit,
  guide,
  panel,
  selfTest,
}
