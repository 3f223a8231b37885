import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { FormHarness } from '../test/harness/FormHarness'

/**
 * The parts the ticket and refund forms are made of, in the GOV.UK pattern: labels with
 * "(optional)", hints, the error summary and inline errors.
 */
const meta = {
  title: 'Forms/Fields',
  component: FormHarness,
  // A test harness, not part of the package: no docs page (its props are not the library's).
  tags: ['!autodocs'],
  parameters: { provider: { locale: 'en' } },
} satisfies Meta<typeof FormHarness>

export default meta
type Story = StoryObj<typeof meta>

export const Empty: Story = {}

/** After a failed submit: the summary has focus and links to each field. */
export const ErrorState: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(canvas.getByRole('alert')).toHaveFocus()
  },
}

export const ErrorStateGreekDark: Story = {
  parameters: { provider: { locale: 'el', theme: { colorScheme: 'dark' } } },
  play: ErrorState.play,
}

export const ErrorStateArabic: Story = {
  parameters: { provider: { locale: 'ar' } },
  play: ErrorState.play,
}
