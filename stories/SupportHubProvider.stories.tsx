import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { FaqAccordion, SupportHubProvider } from '../src'
import { fixture, seedPart } from '../test/fixtures'

const english = fixture('faq-en')
const arabic = fixture('faq-ar')
const greek004 = seedPart('004', 'faq')
const general = english.faq.categories[0]!
const firstQuestion = general.items[0]!

/** The provider's root element: the one with `data-rsh-root` nearest the story's content. */
const rootOf = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll<HTMLElement>('[data-rsh-root]')].at(-1)!

const meta = {
  title: 'Components/SupportHubProvider',
  component: SupportHubProvider,
  args: {
    locale: 'en',
    // Every story shows the same kind of child, one FAQ category, so only the provider differs.
    children: (
      <FaqAccordion faq={english.faq} category={general.id} defaultValue={[firstQuestion.id]} />
    ),
  },
  argTypes: {
    children: { control: false },
    // The @default of their JSDoc: react-docgen reads defaults only where the props are
    // destructured, and the provider destructures them in an inner component.
    locale: { table: { defaultValue: { summary: "'en'" } } },
    unstyled: { table: { defaultValue: { summary: 'false' } } },
  },
} satisfies Meta<typeof SupportHubProvider>

export default meta
type Story = StoryObj<typeof meta>

/** English UI text around an English FAQ, with the stylesheet's default tokens. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement)).toHaveAttribute('lang', 'en')
    await expect(rootOf(canvasElement)).toHaveAttribute('dir', 'ltr')
  },
}

/** Seed 004 in Greek with a host's accent colour and a larger corner radius. */
export const GreekWithTheme: Story = {
  args: {
    locale: 'el',
    theme: { accent: '#0f766e', radius: 16 },
    children: (
      <FaqAccordion
        faq={greek004}
        category={greek004.categories[0]!.id}
        defaultValue={[greek004.categories[0]!.items[0]!.id]}
      />
    ),
  },
}

/** The dark scheme, from the same tokens. */
export const Dark: Story = { args: { theme: { colorScheme: 'dark' } } }

/** Arabic: the root takes `dir="rtl"` and `lang="ar"`, and the layout mirrors. */
export const ArabicRtl: Story = {
  args: {
    locale: 'ar',
    children: (
      <FaqAccordion
        faq={arabic.faq}
        category={arabic.faq.categories[0]!.id}
        defaultValue={[arabic.faq.categories[0]!.items[0]!.id]}
      />
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement)).toHaveAttribute('dir', 'rtl')
    await expect(rootOf(canvasElement)).toHaveAttribute('lang', 'ar')
  },
}

/** A host's own wording for one message, merged over the built-in catalog. */
export const MessageOverride: Story = {
  args: { messages: { 'faq.updated': 'Reviewed on {date}' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Reviewed on /)).toBeVisible()
  },
}

/** What a host's stylesheet adds in unstyled mode, keyed off a `data-part`: 24 px targets. */
const hostCss = `[data-part='faq-feedback'] button { min-block-size: 24px; min-inline-size: 24px }`

/**
 * No visual styles: the browser's, and the host's own CSS through the `data-part` hooks. Sizes
 * are the host's job then: here its stylesheet gives the feedback buttons the 24 px targets of
 * WCAG 2.2, which the browser's default buttons (21 px high) miss.
 */
export const Unstyled: Story = {
  args: { unstyled: true },
  // The stylesheet styles everything under a styled root: the story's own frame is unstyled too.
  parameters: { provider: { unstyled: true } },
  decorators: [
    (Story) => (
      <>
        <style>{hostCss}</style>
        {Story()}
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement)).not.toHaveAttribute('data-rsh-styled')
    await expect(canvasElement.querySelector('[data-part="faq-feedback"]')).not.toBeNull()
  },
}

/** Every component inside reports to `onEvent`: opening a question sends `faq_opened`. */
export const Events: Story = {
  args: { onEvent: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    const second = general.items[1]!
    await userEvent.click(canvas.getByRole('button', { name: second.question as string }))
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: 'faq_opened',
      itemId: second.id,
      categoryId: general.id,
      source: 'user',
    })
  },
}
