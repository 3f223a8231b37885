import { screen, waitFor } from '@testing-library/react'
import { commands, page } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { PaymentMethods } from '../../src/components/PaymentMethods'
import { unloadBrandMarksForTests } from '../../src/components/icons/brandMarkRegistry'
import { expectNoAxeViolations } from '../axe'
import { tablesFixture } from '../fixtures'
import { renderInPage } from '../render'

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
  // The size the other browser tests expect.
  await page.viewport(414, 896)
})

function renderSeed(locale: 'el' | 'en' | 'ar' = 'el') {
  const config = tablesFixture(locale === 'en' ? 'en' : 'el')
  return renderInPage(
    <section aria-labelledby="payments">
      <h2 id="payments">Payments</h2>
      <PaymentMethods
        payments={{
          ...config.payments,
          // An id of the host's own, with a note, alongside the seed's methods.
          groups: [
            ...config.payments.groups,
            {
              id: 'other',
              label: 'Other',
              methods: [{ id: 'gift-card', label: 'Gift card', note: 'Online only' }, 'voucher'],
            },
          ],
          security: [...(config.payments.security ?? []), { text: 'Audited every year' }],
        }}
      />
    </section>,
    { locale },
  )
}

function noHorizontalOverflow() {
  return document.documentElement.scrollWidth <= window.innerWidth
}

describe('PaymentMethods in Chromium', () => {
  // First in this file: its module graph (an iframe of its own) has loaded no mark yet.
  it('shows every name at once, and each brand mark once its own small file is in', async () => {
    unloadBrandMarksForTests()
    const loaded: string[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const mark = /\/marks\/(si\w+)\.ts/.exec(entry.name)?.[1]
        if (mark) loaded.push(mark)
      }
    })
    observer.observe({ type: 'resource', buffered: true })
    renderSeed('en')
    // The names are text, there from the first render; the mark is an empty box of its size.
    const visa = screen.getByText('Visa').closest('li')!
    const box = visa.querySelector('svg')!
    expect(box.getBoundingClientRect().width).toBe(24)
    await waitFor(() => expect(visa.querySelector('svg path')).not.toBeNull())
    const { default: mark } = await import('../../src/components/icons/marks/siVisa')
    expect(visa.querySelector('svg path')!.getAttribute('d')).toBe(mark.path)
    // Only the marks this page shows were fetched: no social network, no unused brand.
    await waitFor(() => expect(loaded).toContain('siMastercard'))
    observer.disconnect()
    expect(loaded).not.toContain('siX')
    expect(loaded).not.toContain('siKlarna')
    expect(new Set(loaded).size).toBe(loaded.length)
  })

  it('has no axe violations, light', async () => {
    await commands.emulateMedia({ colorScheme: 'light' })
    const { container } = renderSeed('el')
    await expectNoAxeViolations(container)
  })

  it('has no axe violations, dark', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const { container } = renderSeed('en')
    await expectNoAxeViolations(container)
  })

  it('has no axe violations, right to left, and mirrors the tiles', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' })
    const { container } = renderSeed('ar')
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull()
    await expectNoAxeViolations(container)
    const visa = screen.getByText('Visa').closest('li')!
    const icon = visa.querySelector('svg')!.getBoundingClientRect()
    const name = screen.getByText('Visa').getBoundingClientRect()
    // The icon leads, on the right in a right-to-left page.
    expect(icon.left).toBeGreaterThan(name.right)
  })

  for (const width of [320, 360, 1280]) {
    it(`fits a ${width} px screen without horizontal page scroll, tiles at least 44 px tall`, async () => {
      await page.viewport(width, 800)
      renderSeed('el')
      expect(noHorizontalOverflow()).toBe(true)
      for (const tile of document.querySelectorAll('[data-part="payment-method"]')) {
        const box = tile.getBoundingClientRect()
        expect(box.height).toBeGreaterThanOrEqual(44)
        expect(box.right).toBeLessThanOrEqual(window.innerWidth)
      }
    })
  }

  it('puts several tiles on a row on a wide screen and one per row on a narrow one', async () => {
    const tops = () =>
      new Set(
        [...screen.getByRole('list', { name: 'Bank cards' }).children].map(
          (li) => li.getBoundingClientRect().top,
        ),
      ).size
    await page.viewport(1280, 800)
    const { unmount } = renderSeed('en')
    expect(tops()).toBe(1)
    unmount()
    await page.viewport(360, 800)
    renderSeed('en')
    expect(tops()).toBe(3)
  })
})
