import type { Meta, StoryObj } from '@storybook/react-vite'
import { Suspense } from 'react'
import { expect, within } from 'storybook/test'
import { LazyTicketForm, TicketForm } from '../src'
import { seedPart } from '../test/fixtures'

const forms = seedPart('004', 'forms')

/** A stand-in for the host's backend: answers after a short wait with a reference. */
const answer = () =>
  new Promise<{ reference: string }>((resolve) =>
    setTimeout(() => resolve({ reference: 'T-20261121-0042' }), 300),
  )

/**
 * `LazyTicketForm` is `TicketForm` loaded the first time it renders: its fields, the rules
 * and the sending code come in their own chunk, so a page that shows only the FAQ and the
 * channels never downloads them. Render it inside `<Suspense>`. It takes the props of
 * `TicketForm`, listed below (see Forms/TicketForm for its states).
 */
const meta = {
  title: 'Forms/LazyTicketForm',
  // The props table is TicketForm's: the lazy wrapper passes every prop through.
  component: TicketForm,
  args: { form: forms.ticket!, onSubmit: answer, draftKey: 'story-lazy-ticket' },
  parameters: { provider: { locale: 'el' } },
  beforeEach: () => {
    localStorage.clear()
  },
  render: (args) => (
    <Suspense fallback={<p>Loading the form…</p>}>
      <LazyTicketForm {...args} />
    </Suspense>
  ),
} satisfies Meta<typeof TicketForm>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 004's bug report in Greek, once its chunk has loaded. */
export const GreekBugReport: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Αναφορά προβλήματος' }, { timeout: 5000 }),
    ).toBeVisible()
    await expect(canvas.getByRole('radio', { name: 'Σφάλμα' })).toBeVisible()
  },
}
