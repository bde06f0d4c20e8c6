import board from './de/board.json'
import canvas from './de/canvas.json'
import cli from './de/cli.json'
import common from './de/common.json'
import exportPart from './de/export.json'
import facilitation from './de/facilitation.json'
import fit from './de/fit.json'
import guide from './de/guide.json'
import panel from './de/panel.json'
import selfTest from './de/self-test.json'

/** The de catalogue: one JSON file of ICU messages per part, in ./de/. */
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
