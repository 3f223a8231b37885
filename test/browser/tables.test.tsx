import { screen, waitFor } from '@testing-library/react'
import { commands, page, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { PlanComparison } from '../../src/components/PlanComparison'
import { SlaTable } from '../../src/components/SlaTable'
import { expectNoAxeViolations } from '../axe'
import { tablesFixture } from '../fixtures'
import { renderInPage } from '../render'

const el = tablesFixture('el')
const en = tablesFixture('en')

function renderTables(locale: string, data = locale === 'el' ? el : en) {
  return renderInPage(
    <>
      <SlaTable sla={data.sla} plan="premium" />
      <PlanComparison plans={data.plans} plan="service-a" />
    </>,
    { locale },
  )
}

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
  await page.viewport(414, 896)
})

describe('SLA and plan tables in Chromium', () => {
  for (const [name, locale, scheme] of [
    ['Greek, light', 'el', 'light'],
    ['English, dark', 'en', 'dark'],
    ['Arabic right to left, dark', 'ar', 'dark'],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      await commands.emulateMedia({ colorScheme: scheme })
      const { container } = renderTables(locale, locale === 'el' ? el : en)
      await expectNoAxeViolations(container)
    })
  }

  for (const width of [360, 1280]) {
    it(`cuts nothing and never scrolls the page sideways at ${width} px`, async () => {
      await page.viewport(width, 800)
      renderTables('el')
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      for (const table of screen.getAllByRole('table')) {
        const region = table.closest('[role="region"]')!
        // The table scrolls inside its own region; all of it can be reached.
        expect(region.scrollWidth).toBeGreaterThanOrEqual(table.getBoundingClientRect().width - 1)
        expect(region.getBoundingClientRect().right).toBeLessThanOrEqual(width)
      }
    })
  }

  it('keeps the row headers in view while the plans scroll, and the keyboard can scroll', async () => {
    await page.viewport(360, 800)
    renderTables('el')
    const region = screen.getByRole('region', { name: 'Χρόνοι απόκρισης ανά πακέτο' })
    const header = screen.getByRole('rowheader', { name: 'Κρίσιμα περιστατικά' })
    const before = header.getBoundingClientRect().left
    region.focus()
    expect(region).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    // Arrow keys scroll a focused scroll container (smoothly, so wait for it).
    await waitFor(() => expect(region.scrollLeft).toBeGreaterThan(0))
    expect(Math.round(header.getBoundingClientRect().left)).toBe(Math.round(before))
  })

  it('announces the visitor’s plan with its column', () => {
    renderTables('en')
    expect(screen.getByRole('columnheader', { name: 'Premium Your plan' })).toBeInTheDocument()
  })
})
