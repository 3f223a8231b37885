import type { Meta, StoryObj } from '@storybook/react-vite'
import { SlaTable } from '../src'
import { tablesFixture } from '../test/fixtures'

const el = tablesFixture('el')
const en = tablesFixture('en')

const meta = {
  title: 'Components/SlaTable',
  component: SlaTable,
  args: { sla: el.sla },
  parameters: { provider: { locale: 'el' } },
} satisfies Meta<typeof SlaTable>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004's response times per plan, in Greek. */
export const Greek: Story = {}

/** In English, with the visitor's plan (Premium) marked. */
export const EnglishCurrentPlan: Story = {
  args: { sla: en.sla, plan: 'premium' },
  parameters: { provider: { locale: 'en' } },
}

/** A 360 px screen: the plans scroll sideways, the row headers stay. */
export const Narrow: Story = {
  args: { plan: 'business' },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
}

/** Arabic in the dark scheme: the table mirrors, the plan columns read right to left. */
export const DarkRtl: Story = {
  args: { sla: en.sla, plan: 'premium' },
  parameters: { provider: { locale: 'ar', theme: { colorScheme: 'dark' } } },
}
