import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
// Not yet re-exported from the package entry: imported from its folder.
import { RefundForm } from '../src'
import type { RefundFormConfig } from '../src/config'
import { daysAgo } from '../test/helpers'

/** Seed 002: refunds only for a duplicate charge or a technical failure; 5 to 10 days. */
const seed002: RefundFormConfig = {
  policy: {
    eligibleReasons: ['duplicate-charge', 'technical-failure'],
    otherwise: 'not-eligible',
    processingDays: [5, 10],
  },
  replyTime: 'PT48H',
  attachments: { maxFiles: 3, maxBytes: 10485760, accept: ['image/*', 'application/pdf'] },
}

/** Seed 004: a 14-day withdrawal right on new subscriptions, otherwise case by case. */
const seed004: RefundFormConfig = {
  policy: { withdrawalDays: 14 },
  replyTime: 'PT24H',
  attachments: { maxFiles: 5, maxBytes: 10485760, accept: ['image/*'] },
}

/** A stand-in for the host's backend: answers after a short wait with a reference. */
const answer = () =>
  new Promise<{ reference: string }>((resolve) =>
    setTimeout(() => resolve({ reference: 'R-20261121-0042' }), 300),
  )

const eligibilityOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-part="refund-eligibility"]')!

async function fill(canvasElement: HTMLElement, reason: RegExp, purchased = daysAgo(3)) {
  const canvas = within(canvasElement)
  await userEvent.type(
    canvas.getByRole('textbox', { name: 'Email address of your account' }),
    'eleni@example.com',
  )
  await userEvent.type(
    canvas.getByRole('textbox', { name: 'Order or transaction number' }),
    'ORD-77',
  )
  await userEvent.type(canvas.getByLabelText('Date of purchase'), purchased)
  await userEvent.click(canvas.getByRole('radio', { name: reason }))
}

const meta = {
  title: 'Forms/RefundForm',
  component: RefundForm,
  args: { form: seed002, onSubmit: answer, draftKey: 'story-refund', timeZone: 'Europe/Athens' },
  parameters: { provider: { locale: 'en' } },
  beforeEach: () => {
    localStorage.clear()
  },
} satisfies Meta<typeof RefundForm>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 002: refunds only for a duplicate charge or a technical failure. */
export const Seed002: Story = {}

/** Seed 002 in Korean. */
export const Seed002Korean: Story = { parameters: { provider: { locale: 'ko' } } }

/** Seed 004: a 14-day withdrawal right, otherwise case by case, in Greek. */
export const Seed004Greek: Story = {
  args: { form: seed004 },
  parameters: { provider: { locale: 'el' } },
}

export const Seed004German: Story = {
  args: { form: seed004 },
  parameters: { provider: { locale: 'de' } },
}

export const Seed004Spanish: Story = {
  args: { form: seed004 },
  parameters: { provider: { locale: 'es' } },
}

/** Seed 004, bought three days ago: inside the withdrawal window, whatever the reason. */
export const EligibleInsideWindow: Story = {
  args: { form: seed004 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Date of purchase'), daysAgo(3))
    await expect(canvas.getByLabelText('Date of purchase')).toHaveValue(daysAgo(3))
    await userEvent.click(canvas.getByRole('radio', { name: 'Another reason' }))
    await expect(eligibilityOf(canvasElement)).toHaveAttribute('data-eligibility', 'eligible')
    await expect(eligibilityOf(canvasElement)).toHaveTextContent(/days left/)
  },
}

/** Seed 004, bought a month ago: the window has passed, the request is looked at case by case. */
export const ReviewAfterWindow: Story = {
  args: { form: seed004 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Date of purchase'), daysAgo(30))
    await expect(canvas.getByLabelText('Date of purchase')).toHaveValue(daysAgo(30))
    await userEvent.click(canvas.getByRole('radio', { name: /withdrawing/ }))
    await expect(eligibilityOf(canvasElement)).toHaveAttribute('data-eligibility', 'review')
  },
}

/** Seed 002, another reason: not usually refunded, said politely; sending stays open. */
export const NotEligible: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Another reason' }))
    await expect(eligibilityOf(canvasElement)).toHaveAttribute('data-eligibility', 'not-eligible')
    await expect(canvas.getByRole('textbox', { name: 'Details' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeEnabled()
  },
}

/** Seed 002, a duplicate charge: covered by the policy. */
export const EligibleByReason: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'I was charged twice' }))
    await expect(eligibilityOf(canvasElement)).toHaveAttribute('data-eligibility', 'eligible')
  },
}

/** After a failed submit: the summary has focus and links to each field. */
export const ErrorState: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(canvas.getByRole('alert')).toHaveFocus()
  },
}

/** Sent: the reference number, the reply time and how long a granted refund takes. */
export const Sent: Story = {
  args: { onSubmit: () => Promise.resolve({ reference: 'R-20261121-0042' }) },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, /charged twice/)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send' }))
    await expect(await within(canvasElement).findByText(/R-20261121-0042/)).toBeVisible()
  },
}

/** Sending failed for good: everything kept, a clear message, and a retry button. */
export const FailedWithRetry: Story = {
  args: { onSubmit: () => Promise.reject(new Error('offline')), sendOptions: { retries: 0 } },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, /technical problem/)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send' }))
    await expect(
      await within(canvasElement).findByRole('button', { name: 'Try again' }),
    ).toBeVisible()
  },
}

export const Dark: Story = {
  parameters: { provider: { locale: 'en', theme: { colorScheme: 'dark' } } },
  play: EligibleByReason.play,
}
