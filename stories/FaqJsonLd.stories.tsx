import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { FaqJsonLd } from '../src'
import { JsonLdPreview, readJsonLd } from './JsonLdPreview'
import { seedPart } from '../test/fixtures'

const greek000 = seedPart('000', 'faq')
const greek004 = seedPart('004', 'faq')
const questions = (faq: typeof greek000) => faq.categories.flatMap((c) => c.items)

const meta = {
  title: 'Components/FaqJsonLd',
  component: FaqJsonLd,
  args: { faq: greek000 },
  parameters: { provider: { locale: 'el' } },
  // The component renders only a script element: the story shows what it holds.
  decorators: [(Story) => <JsonLdPreview>{Story()}</JsonLdPreview>],
} satisfies Meta<typeof FaqJsonLd>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 000: a `FAQPage` with each question and its answer as plain text, in Greek. */
export const GreekMusicPlatform: Story = {
  play: async ({ canvasElement }) => {
    const data = readJsonLd(canvasElement)
    await expect(data['@type']).toBe('FAQPage')
    await expect(data.inLanguage).toBe('el')
    const entities = data.mainEntity as { name: string; acceptedAnswer: { text: string } }[]
    await expect(entities).toHaveLength(questions(greek000).length)
    await expect(entities[0]!.name).toBe('Τι είναι το Nimbus Music;')
    // Markdown in the answers arrives as plain text.
    await expect(entities.some((e) => /\*\*|\]\(/.test(e.acceptedAnswer.text))).toBe(false)
  },
}

/** Seed 004: every question of the seven categories, and the FAQ's date as `dateModified`. */
export const GreekCompanyFaq: Story = {
  args: { faq: greek004 },
  play: async ({ canvasElement }) => {
    const data = readJsonLd(canvasElement)
    await expect(data.dateModified).toBe('2025-04-23')
    await expect(data.mainEntity).toHaveLength(questions(greek004).length)
  },
}

/** Text that tries to close the script element stays inside it, escaped. */
export const HostileText: Story = {
  args: {
    faq: {
      categories: [
        {
          id: 'general',
          title: 'General',
          items: [
            {
              id: 'script',
              question: 'Is </script><script>alert(1)</script> shown as text?',
              answer: 'Yes: <!-- and </script> never leave the JSON.',
            },
          ],
        },
      ],
    },
  },
  parameters: { provider: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const scripts = canvasElement.querySelectorAll('script')
    await expect(scripts).toHaveLength(1)
    await expect(scripts[0]!.textContent).not.toContain('</script>')
    const entities = readJsonLd(canvasElement).mainEntity as { name: string }[]
    await expect(entities[0]!.name).toBe('Is </script><script>alert(1)</script> shown as text?')
  },
}
