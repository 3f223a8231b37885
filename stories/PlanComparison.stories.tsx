import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { PlanComparison } from '../src'
import { tablesFixture, seedPart } from '../test/fixtures'

const el = tablesFixture('el')
const en = tablesFixture('en')

const meta = {
  title: 'Components/PlanComparison',
  component: PlanComparison,
  args: { plans: el.plans },
  parameters: { provider: { locale: 'el' } },
} satisfies Meta<typeof PlanComparison>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004's plans in Greek: levels, included or not, price, ideal for, calls to action. */
export const Greek: Story = {}

/** Seed 004's plans in English, with the visitor's plan marked "Your plan". */
export const EnglishCurrentPlan: Story = {
  args: { plans: en.plans, plan: 'service-b' },
  parameters: { provider: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('table')).toBeVisible()
    await expect(canvas.getAllByText('Your plan').length).toBeGreaterThan(0)
  },
}

/** Seed 003 in Spanish: Individual, Familiar and Estudiantes, prices in euros per month. */
export const SpanishStreamingPlans: Story = {
  args: { plans: seedPart('003', 'plans') },
  parameters: { provider: { locale: 'es' } },
}

/** A 360 px screen: the plans scroll sideways, the feature names stay. */
export const Narrow: Story = {
  args: { plan: 'service-a' },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
}

/** Arabic in the dark scheme: the table mirrors. */
export const DarkRtl: Story = {
  args: { plans: en.plans, plan: 'service-b' },
  parameters: { provider: { locale: 'ar', theme: { colorScheme: 'dark' } } },
}
