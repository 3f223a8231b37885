import type { Meta, StoryObj } from '@storybook/react-vite'
import { PlanComparison, SlaTable } from '../src'
import { tablesFixture } from '../test/fixtures'

const el = tablesFixture('el')
const en = tablesFixture('en')

const meta = {
  title: 'Components/SlaTable',
  component: SlaTable,
  tags: ['autodocs'],
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

export const DarkRtl: Story = {
  args: { sla: en.sla, plan: 'premium' },
  parameters: { provider: { locale: 'ar', theme: { colorScheme: 'dark' } } },
}

/** Seed 004's plan comparison in Greek: levels, included or not, price, ideal for, calls to action. */
export const PlansGreek: Story = {
  args: { sla: el.sla },
  render: () => <PlanComparison plans={el.plans} />,
}

/** The plan comparison in English with the visitor's plan marked. */
export const PlansEnglishCurrentPlan: Story = {
  args: { sla: en.sla },
  parameters: { provider: { locale: 'en' } },
  render: () => <PlanComparison plans={en.plans} plan="service-b" />,
}

export const PlansNarrow: Story = {
  args: { sla: el.sla },
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <PlanComparison plans={el.plans} plan="service-a" />
    </div>
  ),
}
