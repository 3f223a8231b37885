import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { FaqAccordion } from '../src'
import { fixture, longFaq } from '../test/fixtures'

const greek004 = fixture('faq-el-004')
const greek000 = fixture('faq-el-000')
const english = fixture('faq-en')
const arabic = fixture('faq-ar')

const meta = {
  title: 'Components/FaqAccordion',
  component: FaqAccordion,
  args: { faq: english.faq },
  parameters: { provider: { locale: 'en' } },
} satisfies Meta<typeof FaqAccordion>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004: a company FAQ in Greek, seven numbered categories, with its "last updated" date. */
export const GreekCompanyFaq: Story = {
  args: { faq: greek004.faq },
  parameters: { provider: { locale: 'el' } },
}

/** Seed 000: a music platform's common problems in Greek, step lists and a note. */
export const GreekMusicPlatform: Story = {
  args: { faq: greek000.faq },
  parameters: { provider: { locale: 'el' } },
}

export const English: Story = {}

/** One answer open at a time. */
export const SingleOpen: Story = {
  args: { type: 'single', defaultValue: [english.faq.categories[0]!.items[0]!.id] },
}

/** One category on its own, without its title. */
export const OneCategory: Story = {
  args: { category: english.faq.categories[1]!.id },
}

/** A long FAQ: 100 questions in 10 categories. */
export const Long: Story = {
  args: { faq: longFaq(100) },
}

export const Dark: Story = {
  args: { faq: greek004.faq, defaultValue: [greek004.faq.categories[0]!.items[0]!.id] },
  parameters: { provider: { locale: 'el', theme: { colorScheme: 'dark' } } },
}

/** Arabic, right to left: the layout mirrors and arrow keys still move between questions. */
export const ArabicRtl: Story = {
  args: { faq: arabic.faq, defaultValue: [arabic.faq.categories[0]!.items[0]!.id] },
  parameters: { provider: { locale: 'ar' } },
}

/** A host theme: its own accent (adjusted to keep contrast), radius and font. */
export const CustomTheme: Story = {
  args: { defaultValue: [english.faq.categories[0]!.items[0]!.id] },
  parameters: {
    provider: { locale: 'en', theme: { accent: '#0f766e', radius: 16, font: 'Georgia, serif' } },
  },
}

/** Opening a question by keyboard; axe runs again on the opened state. */
export const OpenedByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // The questions: the buttons that expand (answers also hold feedback buttons).
    const [first, second] = canvas
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('aria-expanded'))
    first!.focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(second).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(second).toHaveAttribute('aria-expanded', 'true')
  },
}
