import board from './en/board.json'
import canvas from './en/canvas.json'
import cli from './en/cli.json'
import common from './en/common.json'
import exportPart from './en/export.json'
import facilitation from './en/facilitation.json'
import fit from './en/fit.json'
import guide from './en/guide.json'
import panel from './en/panel.json'
import selfTest from './en/self-test.json'

/** The en catalogue: one JSON file of ICU messages per part, in ./en/. */
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
