import type { Meta, StoryObj } from '@storybook/react-vite'
import { ContactChannels } from '../src'
import { channelsFixture } from '../test/fixtures'

const kyma = channelsFixture('el-004')
const nimbus = channelsFixture('el-000')
const livora = channelsFixture('de-001')
const tidewave = channelsFixture('ko-002')
const sonora = channelsFixture('es-003')

/** Monday 23 November 2026, 12:00 in Athens. */
const mondayNoon = new Date('2026-11-23T10:00:00Z')
/** Saturday 28 November 2026, 12:00 in Athens. */
const saturdayNoon = new Date('2026-11-28T10:00:00Z')

const meta = {
  title: 'Components/ContactChannels',
  component: ContactChannels,
  args: {
    channels: kyma.channels,
    hours: kyma.hours,
    timeZone: kyma.timeZone,
    now: mondayNoon,
    visitorTimeZone: 'Europe/Athens',
    planNames: { premium: 'Premium', business: 'Business' },
  },
  parameters: { provider: { locale: 'el' } },
} satisfies Meta<typeof ContactChannels>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004 on a weekday at noon: chat, email, phone (Premium and Business) and tickets open. */
export const GreekCompanyOpen: Story = {}

/** Seed 004 on Saturday: chat and phone closed with their opening time; the open ones are named. */
export const GreekCompanyClosed: Story = { args: { now: saturdayNoon } }

/** Seed 004 on Christmas Day: the holiday named, and when it opens again. */
export const GreekCompanyHoliday: Story = { args: { now: new Date('2026-12-25T10:00:00Z') } }

/** A visitor in New York sees their own time and the company's. */
export const VisitorInAnotherTimeZone: Story = {
  args: { visitorTimeZone: 'America/New_York' },
  parameters: { provider: { locale: 'en' } },
}

/** A Basic-plan visitor: the phone is marked as not included. */
export const OutsideThePlan: Story = { args: { plan: 'basic' } }

/** Seed 000: social networks and a knowledge base only, on purpose. */
export const GreekSocialOnly: Story = {
  args: { channels: nimbus.channels, hours: undefined, timeZone: nimbus.timeZone },
}

/** Seed 001: tickets, email when the site is down, billing per billing centre, social as a reserve. */
export const GermanBillingCentres: Story = {
  args: {
    channels: livora.channels,
    hours: undefined,
    timeZone: livora.timeZone,
    visitorTimeZone: 'Europe/Berlin',
  },
  parameters: { provider: { locale: 'de' } },
}

/** Seed 002: phone, email, chat during set hours, refund requests. */
export const KoreanCustomerCentre: Story = {
  args: {
    channels: tidewave.channels,
    hours: tidewave.hours,
    timeZone: tidewave.timeZone,
    visitorTimeZone: 'Asia/Seoul',
  },
  parameters: { provider: { locale: 'ko' } },
}

/** Seed 003 on Sunday: the chat (only at certain hours) is hidden while closed. */
export const SpanishChatHidden: Story = {
  args: {
    channels: sonora.channels,
    hours: undefined,
    timeZone: sonora.timeZone,
    now: new Date('2026-11-22T11:00:00Z'),
    visitorTimeZone: 'Europe/Madrid',
  },
  parameters: { provider: { locale: 'es' } },
}

/** Arabic, right to left. */
export const ArabicRtl: Story = {
  args: { now: saturdayNoon },
  parameters: { provider: { locale: 'ar' } },
}

export const Dark: Story = {
  args: { now: saturdayNoon },
  parameters: { provider: { locale: 'el', theme: { colorScheme: 'dark' } } },
}
