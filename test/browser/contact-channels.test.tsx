import { screen } from '@testing-library/react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { ContactChannels } from '../../src/components/ContactChannels'
import { expectNoAxeViolations } from '../axe'
import { channelSeeds, channelsFixture } from '../fixtures'
import { renderInPage } from '../render'

const moments = {
  'open (weekday noon)': new Date('2026-11-23T10:00:00Z'),
  'closed (Saturday noon)': new Date('2026-11-28T10:00:00Z'),
}

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
})

function renderSeed(seed: (typeof channelSeeds)[number], now: Date, locale?: string) {
  const config = channelsFixture(seed)
  return renderInPage(
    <section aria-labelledby="contact">
      <h2 id="contact">Contact</h2>
      <ContactChannels
        channels={config.channels}
        hours={config.hours}
        timeZone={config.timeZone}
        now={now}
        visitorTimeZone="America/New_York"
        headingLevel={3}
      />
    </section>,
    { locale: locale ?? config.locale },
  )
}

describe('ContactChannels in Chromium', () => {
  for (const seed of channelSeeds) {
    for (const [name, now] of Object.entries(moments)) {
      it(`seed ${seed}, ${name}: no axe violations`, async () => {
        const { container } = renderSeed(seed, now)
        await expectNoAxeViolations(container)
      })
    }
  }

  it('has no axe violations in dark, right to left', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const { container } = renderSeed('el-004', moments['closed (Saturday noon)'], 'ar')
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull()
    await expectNoAxeViolations(container)
  })

  it('lets the keyboard reach every action, in reading order', async () => {
    renderSeed('el-004', moments['open (weekday noon)'])
    const actions = screen.getAllByRole('link')
    expect(actions).toHaveLength(4)
    document.body.focus()
    for (const action of actions) {
      await userEvent.keyboard('{Tab}')
      expect(action).toHaveFocus()
    }
  })

  it('keeps a phone number in order in a right-to-left page', () => {
    renderSeed('el-004', moments['open (weekday noon)'], 'ar')
    const phone = screen.getByRole('link', { name: /\+30 210 000 0000/ })
    const text = phone.querySelector('bdi')!
    const range = document.createRange()
    range.selectNodeContents(text)
    const boxes = [...range.getClientRects()]
    // Drawn left to right: "+30" starts at the left edge of the number.
    expect(boxes.length).toBeGreaterThan(0)
    expect(getComputedStyle(text).direction).toBe('ltr')
  })
})
