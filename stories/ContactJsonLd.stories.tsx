import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { ContactJsonLd } from '../src'
import { JsonLdPreview, readJsonLd } from './JsonLdPreview'
import { seed } from '../test/fixtures'

const kyma = seed('004')
const nimbus = seed('000')
const livora = seed('001')

const meta = {
  title: 'Components/ContactJsonLd',
  component: ContactJsonLd,
  args: { brand: kyma.brand, channels: kyma.channels ?? [], hours: kyma.hours },
  parameters: { provider: { locale: 'el' } },
  // The component renders only a script element: the story shows what it holds.
  decorators: [(Story) => <JsonLdPreview>{Story()}</JsonLdPreview>],
} satisfies Meta<typeof ContactJsonLd>

export default meta
type Story = StoryObj<typeof meta>

type ContactPoint = {
  contactType: string
  email?: string
  telephone?: string
  hoursAvailable: { dayOfWeek: string[]; opens: string; closes: string; validFrom?: string }[]
}

/**
 * Seed 004: an `Organization` with a `ContactPoint` for chat, email, phone and the ticket form,
 * each with its hours; the Greek public holidays as closed days.
 */
export const GreekCompany: Story = {
  play: async ({ canvasElement }) => {
    const data = readJsonLd(canvasElement)
    await expect(data['@type']).toBe('Organization')
    await expect(data.name).toBe('Kyma Systems')
    const points = data.contactPoint as ContactPoint[]
    await expect(points).toHaveLength(4)
    const phone = points.find((p) => p.telephone)!
    await expect(phone.telephone).toBe('+30 210 000 0100')
    const chat = points[0]!
    await expect(chat.hoursAvailable[0]).toMatchObject({ opens: '09:00:00', closes: '18:00:00' })
    await expect(chat.hoursAvailable.some((h) => h.validFrom === '2026-12-25')).toBe(true)
  },
}

/** Seed 000: no email, chat or phone, so no contact point; the social profiles as `sameAs`. */
export const GreekMusicPlatformSocialOnly: Story = {
  args: { brand: nimbus.brand, channels: nimbus.channels ?? [], hours: nimbus.hours },
  play: async ({ canvasElement }) => {
    const data = readJsonLd(canvasElement)
    await expect(data.contactPoint).toEqual([])
    await expect(data.sameAs).toHaveLength(3)
  },
}

/** Seed 001 in German: billing centres by email and phone, with their own hours. */
export const GermanStreamingPlatform: Story = {
  args: { brand: livora.brand, channels: livora.channels ?? [], hours: livora.hours },
  parameters: { provider: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    const points = readJsonLd(canvasElement).contactPoint as ContactPoint[]
    await expect(points.map((p) => p.email ?? p.telephone).filter(Boolean)).toEqual([
      'support@livora.example',
      'billing-eu@livora.example',
      '+1 212 555 0100',
    ])
  },
}
