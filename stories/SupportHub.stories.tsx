import type { Meta, StoryObj } from '@storybook/react-vite'
import { SupportHub } from '../src'
import greekSocial from '../examples/000-el-music-social.json'
import germanAudiences from '../examples/001-de-streaming-audiences.json'
import koreanRefund from '../examples/002-ko-music-refund.json'
import spanishPlans from '../examples/003-es-channels-plans.json'
import greekCompany from '../examples/004-el-company-faq.json'

/** Monday 23 November 2026, 12:00 in Athens: the weekday channels are open. */
const mondayNoon = new Date('2026-11-23T10:00:00Z')

/** Seed 004 with two broken sections: the FAQ misses an answer, an SLA row has no targets. */
const brokenConfig = {
  ...greekCompany,
  faq: {
    ...greekCompany.faq,
    categories: greekCompany.faq.categories.map((category, c) =>
      c === 0
        ? {
            ...category,
            items: category.items.map((item, i) =>
              i === 1 ? { ...item, answer: undefined } : item,
            ),
          }
        : category,
    ),
  },
  sla: { ...greekCompany.sla, rows: [{ ...greekCompany.sla.rows[0], targets: 'fast' }] },
}

const meta = {
  title: 'Page/SupportHub',
  component: SupportHub,
  tags: ['autodocs'],
  args: { config: greekCompany, now: mondayNoon },
  parameters: {
    docs: {
      description: {
        component:
          'The whole support page from one JSON config. Each story is one of the five seed configs in `examples/`, in its own language.',
      },
    },
  },
} satisfies Meta<typeof SupportHub>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004 (Greek): every section — FAQ, channels with hours, SLA, plans, payments, both forms. */
export const GreekCompany: Story = {}

/** Seed 000 (Greek): social networks and a knowledge base only, and the FAQ. */
export const GreekSocialOnly: Story = { args: { config: greekSocial } }

/** Seed 001 (German): three audiences, the ticket form, billing contacts per centre. */
export const GermanAudiences: Story = { args: { config: germanAudiences } }

/** Seed 002 (Korean): phone, email and chat, and the refund form with its policy. */
export const KoreanRefund: Story = { args: { config: koreanRefund } }

/** Seed 003 (Spanish): social, email and chat at set hours, and the plan comparison. */
export const SpanishPlans: Story = { args: { config: spanishPlans } }

/** A Premium reader: "Your plan" in the tables, the phone line included. */
export const PremiumReader: Story = { args: { plan: 'premium' } }

/** The English interface over Greek content (UI strings in English, the config text as written). */
export const EnglishInterface: Story = { args: { locale: 'en' } }

/** Arabic interface, right to left. */
export const RightToLeft: Story = { args: { locale: 'ar' } }

/** Dark colour scheme from the same tokens. */
export const Dark: Story = { args: { colorScheme: 'dark' } }

/** Two broken sections (development): each shows its problems with JSON paths; the rest works. */
export const BrokenSections: Story = { args: { config: brokenConfig } }

/** The same config in production: the broken sections are left out. */
export const BrokenSectionsInProduction: Story = {
  args: { config: brokenConfig, showErrors: false },
}

/** A config for another version: one clear panel instead of a page. */
export const UnsupportedVersion: Story = { args: { config: { version: 2 } } }
