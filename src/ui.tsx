import { render } from '@create-figma-plugin/ui'

import { Panel } from './ui/panel'

export default render(Panel)
