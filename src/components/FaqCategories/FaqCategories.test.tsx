import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fixture } from '../../../test/fixtures'
import { SupportHubProvider } from '../SupportHubProvider'
import { FaqCategories } from '.'

const config = fixture('faq-el-004')

function setup(props: Partial<Parameters<typeof FaqCategories>[0]> = {}) {
  const user = userEvent.setup()
  render(
    <SupportHubProvider locale="el">
      <FaqCategories faq={config.faq} {...props} />
    </SupportHubProvider>,
  )
  return { user }
}

describe('FaqCategories', () => {
  it('offers "All" and every category as tabs, each with its question count', () => {
    setup()
    const tabs = screen.getAllByRole('tab')
    expect(tabs).toHaveLength(config.faq.categories.length + 1)
    const total = config.faq.categories.reduce((n, c) => n + c.items.length, 0)
    expect(tabs[0]).toHaveAccessibleName(`Όλες, ${total} ερωτήσεις`)
    const first = config.faq.categories[0]!
    expect(tabs[1]).toHaveAccessibleName(
      `${first.title as string}, ${first.items.length} ερωτήσεις`,
    )
    expect(screen.getByRole('tablist')).toHaveAccessibleName('Κατηγορίες συχνών ερωτήσεων')
  })

  it('shows every question under "All" and one category under its tab, labelled by the tab', async () => {
    const { user } = setup()
    const total = config.faq.categories.reduce((n, c) => n + c.items.length, 0)
    expect(
      within(screen.getByRole('tabpanel')).getAllByRole('button', { expanded: false }),
    ).toHaveLength(total)
    const second = screen.getAllByRole('tab')[2]!
    await user.click(second)
    expect(second).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel')
    const category = config.faq.categories[1]!
    expect(panel).toHaveAccessibleName(
      `${category.title as string}, ${category.items.length} ερωτήσεις`,
    )
    expect(within(panel).getAllByRole('button', { expanded: false })).toHaveLength(
      config.faq.categories[1]!.items.length,
    )
  })

  it('follows a controlled value and reports tab changes', async () => {
    const onValueChange = vi.fn()
    const { user } = setup({ value: config.faq.categories[0]!.id, onValueChange })
    await user.click(screen.getAllByRole('tab')[0]!)
    expect(onValueChange).toHaveBeenCalledWith('all')
    expect(screen.getAllByRole('tab')[1]).toHaveAttribute('aria-selected', 'true')
  })

  it('falls back to "All" for an unknown category', () => {
    setup({ defaultValue: 'nope' })
    expect(screen.getAllByRole('tab')[0]).toHaveAttribute('aria-selected', 'true')
  })
})
