import { screen } from '@testing-library/react'
import { page, userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import { FaqCategories } from '../../src/components/FaqCategories'
import { expectNoAxeViolations } from '../axe'
import { fixture } from '../fixtures'
import { renderInPage } from '../render'

const greek = fixture('faq-el-004')
const tabs = () => screen.getAllByRole('tab')

function renderTabs(locale = 'el', faq = greek.faq) {
  return renderInPage(<FaqCategories faq={faq} />, { locale })
}

describe('FaqCategories keyboard (WAI-ARIA APG tabs)', () => {
  it('ArrowRight moves to and selects the next tab', async () => {
    renderTabs()
    tabs()[0]!.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(tabs()[1]).toHaveFocus()
    expect(tabs()[1]).toHaveAttribute('aria-selected', 'true')
  })

  it('ArrowLeft moves to and selects the previous tab', async () => {
    renderTabs()
    await userEvent.click(tabs()[3]!)
    await userEvent.keyboard('{ArrowLeft}')
    expect(tabs()[2]).toHaveFocus()
    expect(tabs()[2]).toHaveAttribute('aria-selected', 'true')
  })

  it('ArrowRight on the last tab wraps to the first', async () => {
    renderTabs()
    await userEvent.click(tabs().at(-1)!)
    await userEvent.keyboard('{ArrowRight}')
    expect(tabs()[0]).toHaveFocus()
  })

  it('ArrowLeft on the first tab wraps to the last', async () => {
    renderTabs()
    tabs()[0]!.focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(tabs().at(-1)).toHaveFocus()
  })

  it('Home moves to and selects the first tab', async () => {
    renderTabs()
    await userEvent.click(tabs()[2]!)
    await userEvent.keyboard('{Home}')
    expect(tabs()[0]).toHaveFocus()
    expect(tabs()[0]).toHaveAttribute('aria-selected', 'true')
  })

  it('End moves to and selects the last tab', async () => {
    renderTabs()
    await userEvent.click(tabs()[2]!)
    await userEvent.keyboard('{End}')
    expect(tabs().at(-1)).toHaveFocus()
    expect(tabs().at(-1)).toHaveAttribute('aria-selected', 'true')
  })

  it('Tab leaves the tab list for the panel; only the selected tab is a tab stop', async () => {
    renderTabs()
    await userEvent.click(tabs()[1]!)
    expect(tabs().filter((tab) => tab.tabIndex === 0)).toEqual([tabs()[1]])
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('tabpanel')).toHaveFocus()
  })

  it('mirrors the arrow keys right to left', async () => {
    renderTabs('ar', fixture('faq-ar').faq)
    tabs()[0]!.focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(tabs()[1]).toHaveFocus()
  })
})

describe('FaqCategories layout and accessibility', () => {
  it('has no axe violations before and after switching tabs', async () => {
    const { container } = renderTabs()
    await expectNoAxeViolations(container)
    await userEvent.click(tabs()[4]!)
    await userEvent.click(screen.getAllByRole('button', { expanded: false })[0]!)
    await expectNoAxeViolations(container)
  })

  it('wraps the seven Greek categories on a 320 px screen without page scrolling', async () => {
    await page.viewport(320, 640)
    try {
      renderTabs()
      expect(tabs()).toHaveLength(greek.faq.categories.length + 1)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
      for (const tab of tabs()) expect(tab.getBoundingClientRect().right).toBeLessThanOrEqual(320)
    } finally {
      await page.viewport(414, 896)
    }
  })
})
