import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { TicketForm } from '../src'
import { fixture } from '../test/fixtures'

/** A stand-in for the host's backend: answers after a short wait with a reference. */
const answer = () =>
  new Promise<{ reference: string }>((resolve) =>
    setTimeout(() => resolve({ reference: 'T-20261121-0042' }), 300),
  )

const meta = {
  title: 'Forms/TicketForm',
  component: TicketForm,
  args: {
    form: { preset: 'contact', replyTime: 'PT24H' },
    onSubmit: answer,
    draftKey: 'story-ticket',
  },
  parameters: { provider: { locale: 'en' } },
  beforeEach: () => {
    localStorage.clear()
  },
} satisfies Meta<typeof TicketForm>

export default meta
type Story = StoryObj<typeof meta>

/** Fills in the contact form's required fields; returns the canvas queries. */
async function fill(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByRole('textbox', { name: 'Your name' }), 'Eleni')
  await userEvent.type(
    canvas.getByRole('textbox', { name: 'Your email address' }),
    'eleni@example.com',
  )
  await userEvent.type(canvas.getByRole('textbox', { name: 'Subject' }), 'Payment page error')
  await userEvent.type(
    canvas.getByRole('textbox', { name: 'How can we help?' }),
    'The card form fails.',
  )
  return canvas
}

export const Contact: Story = {}

/** Seed 004: the bug report (category, steps, what happened and what should have), in Greek. */
export const BugReportGreek: Story = {
  args: {
    form: {
      preset: 'bug-report',
      replyTime: 'PT48H',
      attachments: { maxFiles: 5, maxBytes: 10485760, accept: ['image/*'] },
    },
    faq: fixture('faq-el-004').faq,
  },
  parameters: { provider: { locale: 'el' } },
}

/** Seed 001: the creator platform ticket in German (username recommended, 5 to 7 word subject). */
export const CreatorPlatformGerman: Story = {
  args: {
    form: {
      preset: 'creator-platform',
      replyTime: 'PT24H',
      attachments: { maxFiles: 3, maxBytes: 10485760, accept: ['image/*'] },
    },
  },
  parameters: { provider: { locale: 'de' } },
}

export const ContactKorean: Story = { parameters: { provider: { locale: 'ko' } } }
export const ContactSpanish: Story = { parameters: { provider: { locale: 'es' } } }

/** After a failed submit: the summary has focus and links to each field. */
export const ErrorState: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(canvas.getByRole('alert')).toHaveFocus()
  },
}

/** Sent: the reference number, what happens next and the reply time. */
export const Sent: Story = {
  args: { onSubmit: () => Promise.resolve({ reference: 'T-20261121-0042' }) },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(await canvas.findByText(/T-20261121-0042/)).toBeVisible()
  },
}

/** While sending: the button says so and further submits send nothing. */
export const Sending: Story = {
  args: { onSubmit: () => new Promise<{ reference: string }>(() => undefined) },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}

/** Sending failed for good: everything kept, a clear message, and a retry button. */
export const FailedWithRetry: Story = {
  args: { onSubmit: () => Promise.reject(new Error('offline')), sendOptions: { retries: 0 } },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible()
  },
}

export const Dark: Story = {
  parameters: { provider: { locale: 'en', theme: { colorScheme: 'dark' } } },
}
export const ArabicRtl: Story = { parameters: { provider: { locale: 'ar' } } }
