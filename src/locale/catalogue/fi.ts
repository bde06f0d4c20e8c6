import board from './fi/board.json'
import canvas from './fi/canvas.json'
import cli from './fi/cli.json'
import common from './fi/common.json'
import exportPart from './fi/export.json'
import facilitation from './fi/facilitation.json'
import fit from './fi/fit.json'
import guide from './fi/guide.json'
import panel from './fi/panel.json'
import selfTest from './fi/self-test.json'

/** The fi catalogue: one JSON file of ICU messages per part, in ./fi/. */
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
