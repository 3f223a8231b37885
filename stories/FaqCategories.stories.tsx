import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { FaqCategories } from '../src'
import { fixture, seedPart } from '../test/fixtures'

const greek004 = seedPart('004', 'faq')
const english = fixture('faq-en')

const meta = {
  title: 'Components/FaqCategories',
  component: FaqCategories,
  args: { faq: greek004, onValueChange: fn() },
  parameters: { provider: { locale: 'el' } },
} satisfies Meta<typeof FaqCategories>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004: "All" and the seven Greek categories as tabs, each with its question count. */
export const GreekCompanyFaq: Story = {}

/** A category chosen at first: its panel shows its title and only its questions. */
export const CategoryChosen: Story = {
  args: { faq: english.faq, defaultValue: 'payments' },
  parameters: { provider: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('tab', { name: /Payments/ })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const panel = canvas.getByRole('tabpanel')
    await expect(within(panel).getByText('Are payments secure?')).toBeVisible()
    await expect(within(panel).queryByText('Who are we?')).toBeNull()
  },
}

/** The arrow keys move between the tabs and show each one's panel at once. */
export const ArrowKeys: Story = {
  args: { faq: english.faq },
  parameters: { provider: { locale: 'en' } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    const tabs = canvas.getAllByRole('tab')
    await userEvent.click(tabs[0]!)
    await userEvent.keyboard('{ArrowRight}')
    await expect(tabs[1]).toHaveFocus()
    await expect(tabs[1]).toHaveAttribute('aria-selected', 'true')
    await expect(args.onValueChange).toHaveBeenLastCalledWith(english.faq.categories[0]!.id)
    await userEvent.keyboard('{End}')
    await expect(tabs.at(-1)).toHaveAttribute('aria-selected', 'true')
  },
}

/** Arabic, right to left: the tabs read from the right and the arrow keys follow them. */
export const ArabicRtl: Story = {
  args: { faq: fixture('faq-ar').faq },
  parameters: { provider: { locale: 'ar' } },
}

/** A 360 px screen: the tab list wraps onto more lines instead of scrolling the page. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
}
