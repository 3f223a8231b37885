import type { Meta, StoryObj } from '@storybook/react-vite'
import { PaymentMethods } from '../src'
import { tablesFixture } from '../test/fixtures'

const greek = tablesFixture('el').payments
const english = tablesFixture('en').payments

const meta = {
  title: 'Components/PaymentMethods',
  component: PaymentMethods,
  args: { payments: greek },
  parameters: { provider: { locale: 'el' } },
} satisfies Meta<typeof PaymentMethods>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004: cards, e-wallets, bank transfer above €500, direct debit for subscriptions, crypto. */
export const Greek: Story = {}

/** Seed 004 in English. */
export const English: Story = {
  args: { payments: english },
  parameters: { provider: { locale: 'en' } },
}

export const Dark: Story = {
  parameters: { provider: { locale: 'el', theme: { colorScheme: 'dark' } } },
}

/** Arabic, right to left: the tiles and the security notes mirror. */
export const ArabicRtl: Story = {
  parameters: { provider: { locale: 'ar' } },
}

/** A 360 px phone screen: one tile per row, nothing cut. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
}

/** Ids of the host's own: a neutral icon and the label, or the id made readable. */
export const UnknownMethod: Story = {
  args: {
    payments: {
      groups: [
        {
          id: 'other',
          label: 'Other ways to pay',
          methods: [
            { id: 'gift-card', label: 'Gift card', note: 'Redeemable online only' },
            'voucher',
            'klarna',
            'cash',
          ],
          note: 'Ask us about invoices for companies.',
        },
      ],
      security: ['3d-secure', { text: 'Our payment provider is audited every year.' }],
    },
  },
  parameters: { provider: { locale: 'en' } },
}
