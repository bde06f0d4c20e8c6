import board from './fr/board.json'
import canvas from './fr/canvas.json'
import cli from './fr/cli.json'
import common from './fr/common.json'
import exportPart from './fr/export.json'
import facilitation from './fr/facilitation.json'
import fit from './fr/fit.json'
import guide from './fr/guide.json'
import panel from './fr/panel.json'
import selfTest from './fr/self-test.json'

/** The fr catalogue: one JSON file of ICU messages per part, in ./fr/. */
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
