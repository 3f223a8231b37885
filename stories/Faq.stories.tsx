import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { Faq } from '../src'
import { fixture } from '../test/fixtures'

const greek004 = fixture('faq-el-004')
const english = fixture('faq-en')
const german = fixture('faq-de-001-audiences')

const meta = {
  title: 'Components/Faq',
  component: Faq,
  args: { faq: greek004.faq },
  parameters: { provider: { locale: 'el' } },
  beforeEach: () => {
    localStorage.clear()
  },
} satisfies Meta<typeof Faq>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004: all seven Greek categories as tabs with counts, search above them. */
export const GreekCategories: Story = {}

/** The second category selected. */
export const CategorySelected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const tab = canvas.getAllByRole('tab')[2]!
    await userEvent.click(tab)
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  },
}

/** Typing a query without its accents: results across categories, matched words highlighted. */
export const SearchWithHighlights: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox'), 'κωδικο')
    await waitFor(() => expect(canvasElement.querySelector('mark')).not.toBeNull())
    const status = canvasElement.querySelector('[data-part="faq-search-status"]')
    await waitFor(() => expect(status).toHaveTextContent(/αποτελέσμ/))
  },
}

/** A search with no results: a friendly message and a way to contact support. */
export const SearchEmpty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox'), 'zzzz qqqq')
    await expect(canvas.getByRole('link', { name: 'Επικοινωνία με την υποστήριξη' })).toBeVisible()
  },
}

/** "Was this helpful?": No, a comment, then the thank-you. */
export const FeedbackStates: Story = {
  args: {
    faq: english.faq,
    accordionProps: { defaultValue: [english.faq.categories[0]!.items[0]!.id] },
  },
  parameters: { provider: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getAllByRole('button', { name: 'No' })[0]!)
    await userEvent.type(
      canvas.getByRole('textbox', { name: /What were you looking for/ }),
      'Pricing',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }))
    await expect(canvas.getByText('Thank you for your feedback.')).toBeVisible()
  },
}

/** The feedback question before any vote, in dark. */
export const FeedbackDark: Story = {
  args: {
    faq: english.faq,
    accordionProps: { defaultValue: [english.faq.categories[0]!.items[0]!.id] },
  },
  parameters: { provider: { locale: 'en', theme: { colorScheme: 'dark' } } },
}

/** Seed 001: three audiences (users, independent models, studios) filter the German FAQ. */
export const GermanAudiences: Story = {
  args: { faq: german.faq, audiences: german.audiences },
  parameters: { provider: { locale: 'de' } },
}

/** The studio audience chosen: only the questions for studios and for everyone remain. */
export const GermanStudiosChosen: Story = {
  args: { faq: german.faq, audiences: german.audiences },
  parameters: { provider: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Studios' }))
    await expect(canvas.getByRole('radio', { name: 'Studios' })).toBeChecked()
    await expect(canvas.queryByText('Wann erhalte ich meine Auszahlung?')).toBeNull()
  },
}

/** Arabic, right to left: tabs, search and answers mirrored. */
export const ArabicRtl: Story = {
  args: { faq: fixture('faq-ar').faq },
  parameters: { provider: { locale: 'ar' } },
}
