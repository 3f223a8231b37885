import type { Meta, StoryObj } from '@storybook/react-vite'
import { Suspense } from 'react'
import { expect, within } from 'storybook/test'
import { LazyRefundForm, RefundForm } from '../src'
import { seed } from '../test/fixtures'

const tidewave = seed('002')

/** A stand-in for the host's backend: answers after a short wait with a reference. */
const answer = () =>
  new Promise<{ reference: string }>((resolve) =>
    setTimeout(() => resolve({ reference: 'R-20261121-0042' }), 300),
  )

/**
 * `LazyRefundForm` is `RefundForm` loaded the first time it renders, in its own chunk (as
 * `LazyTicketForm`), so a page whose reader never asks for a refund never downloads it. Render
 * it inside `<Suspense>`. It takes the props of `RefundForm`, listed below (see Forms/RefundForm
 * for its states).
 */
const meta = {
  title: 'Forms/LazyRefundForm',
  // The props table is RefundForm's: the lazy wrapper passes every prop through.
  component: RefundForm,
  args: {
    form: tidewave.forms!.refund!,
    onSubmit: answer,
    draftKey: 'story-lazy-refund',
    timeZone: tidewave.timeZone,
  },
  parameters: { provider: { locale: 'ko' } },
  beforeEach: () => {
    localStorage.clear()
  },
  render: (args) => (
    <Suspense fallback={<p>Loading the form…</p>}>
      <LazyRefundForm {...args} />
    </Suspense>
  ),
} satisfies Meta<typeof RefundForm>

export default meta
type Story = StoryObj<typeof meta>

/** Seed 002's refund request in Korean, once its chunk has loaded. */
export const KoreanRefundRequest: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: '환불 요청하기' }, { timeout: 5000 }),
    ).toBeVisible()
  },
}
