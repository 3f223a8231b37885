import type { Meta, StoryObj } from '@storybook/react-vite'
import { SupportHub } from '../src'
import { exampleConfig } from '../test/fixtures'

// The example configs as raw JSON, as a host passes them: SupportHub checks them itself.
const greekSocial = exampleConfig('000')
const germanAudiences = exampleConfig('001')
const koreanRefund = exampleConfig('002')
const spanishPlans = exampleConfig('003')
const greekCompany = exampleConfig('004')

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

// The first five stories are the seed pages (real support pages in Greek, German, Korean and
// Spanish) as the example configs in `examples/` reproduce them, brands made up, each in its own
// language. (A JSDoc comment here would replace SupportHub's own on its docs page.)
const meta = {
  title: 'Page/SupportHub',
  component: SupportHub,
  args: { config: greekCompany, now: mondayNoon },
} satisfies Meta<typeof SupportHub>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Seed 000, a music and audio platform's customer service page in Greek (here "Nimbus Music"):
 * no email, chat or phone, only a knowledge-base link and Instagram, Facebook and Twitter; an FAQ
 * on what the platform is and its common problems, with step lists (a lost password, a
 * subscription that does not show, changing the card or switching to PayPal) and a note.
 * Sections: contact channels, FAQ.
 */
export const Seed000GreekMusicPlatform: Story = { args: { config: greekSocial } }

/**
 * Seed 001, a live-streaming platform's "contact support" guide in German (here "Livora"):
 * three audiences (users, independent models, studios) with their own FAQ topics, the ticket
 * form (username optional, a subject of five to seven words, which side the problem is on, a
 * description, screenshots; a reply within 24 hours), live chat, email for when the site is down,
 * billing contacts per billing centre, and X and Telegram as a reserve.
 * Sections: FAQ with the audience switch, ticket form, contact channels.
 */
export const Seed001GermanStreamingPlatform: Story = { args: { config: germanAudiences } }

/**
 * Seed 002, a music-streaming service's customer centre and refund guide in Korean (here
 * "Tidewave Music"): phone, email and live chat with their hours; the FAQ first (how to contact,
 * what to prepare, feedback after a consultation); the refund form with its policy: no refunds
 * in general, except a duplicate charge or a technical failure, a reason required, 5 to 10 days.
 * Sections: FAQ, contact channels, refund form.
 */
export const Seed002KoreanMusicRefunds: Story = { args: { config: koreanRefund } }

/**
 * Seed 003, a streaming service's customer care overview in Spanish (here "Sonora Stream"): X
 * and Facebook, email (slower, takes attachments) and live chat only at set hours; an FAQ on
 * channels, subscriptions (changing plan, cancelling), technical problems and the languages
 * served; the plans compared (Individual, Familiar, Estudiantes).
 * Sections: contact channels, FAQ, plan comparison.
 */
export const Seed003SpanishStreamingCare: Story = { args: { config: spanishPlans } }

/**
 * Seed 004, a company FAQ page in Greek (a template in the original; here "Kyma Systems", a
 * casino software company): the FAQ in seven numbered categories with its "last updated" date;
 * chat, email, phone for Premium and Business, and tickets, with hours Monday to Friday 09:00 to
 * 18:00 Athens time and Greek public holidays; response times per plan; the plans compared;
 * payment methods (cards, e-wallets, bank transfer above an amount, direct debit, crypto); the
 * bug-report form; the refund form with a 14-day withdrawal right. Every section.
 */
export const Seed004GreekCompanyFaq: Story = {}

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
