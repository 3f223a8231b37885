import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { FaqAccordion, FaqSearch } from '../src'
import { fixture, seedPart } from '../test/fixtures'

const english = fixture('faq-en')

const meta = {
  title: 'Components/FaqSearch',
  component: FaqSearch,
  args: { faq: english.faq, onValueChange: fn(), debounceMs: 200 },
  argTypes: { children: { control: false } },
  parameters: { provider: { locale: 'en' } },
  // While the box is empty, the FAQ itself shows (the `children`).
  render: (args) => (
    <FaqSearch {...args}>
      <FaqAccordion faq={args.faq} />
    </FaqSearch>
  ),
} satisfies Meta<typeof FaqSearch>

export default meta
type Story = StoryObj<typeof meta>

/** An empty box over the FAQ: the questions show as usual. */
export const Empty: Story = {}

/** Seed 004 in Greek: a query typed without its accents still finds the accented words. */
export const GreekWithoutAccents: Story = {
  args: { faq: seedPart('004', 'faq'), defaultValue: 'πληρωμη' },
  parameters: { provider: { locale: 'el' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('mark')).not.toBeNull())
  },
}

/** Typing: the best matches first, matched words highlighted, each result's category named. */
export const Results: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the FAQ' }), 'password')
    await expect(canvas.getByRole('button', { name: /I forgot my password/ })).toBeVisible()
    await expect(args.onValueChange).toHaveBeenLastCalledWith('password')
    // Once typing pauses, the count is announced to screen readers.
    const status = canvasElement.querySelector('[data-part="faq-search-status"]')
    await waitFor(() => expect(status).toHaveTextContent(/result/))
  },
}

/** No match: what was searched, a hint, and a link to contact support. */
export const NoResults: Story = {
  args: { defaultValue: 'zzzz qqqq', contactHref: '#contact' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      '#contact',
    )
  },
}

/** Escape empties the box and brings the FAQ back. */
export const EscapeClears: Story = {
  args: { defaultValue: 'invoice' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = canvas.getByRole('searchbox')
    await userEvent.click(box)
    await userEvent.keyboard('{Escape}')
    await expect(box).toHaveValue('')
    await expect(canvas.getByRole('button', { name: 'Who are we?' })).toBeVisible()
  },
}
