import type { FigJamPort } from './board/figjam-port'

export default function (): void {
  const port: FigJamPort = figma
  port.commitUndo()
}
