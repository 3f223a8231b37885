// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { channelsFixture } from '../../../test/fixtures'
import { SupportHubProvider } from '../SupportHubProvider'
import { ContactChannels } from '.'

describe('ContactChannels server rendering', () => {
  it('renders the hours, not a time-dependent status, so hydration cannot mismatch', () => {
    const kyma = channelsFixture('el-004')
    const html = renderToString(
      <SupportHubProvider locale="en-GB">
        <ContactChannels channels={kyma.channels} hours={kyma.hours} timeZone={kyma.timeZone} />
      </SupportHubProvider>,
    )
    expect(html).toContain('Hours: Mon')
    expect(html).not.toContain('Open now')
    expect(html).toContain('href="mailto:support@kyma.example"')
  })
})
