import { screen } from '@testing-library/react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefundForm } from '../../src/components/RefundForm'
import type { RefundFormConfig } from '../../src/config'
import { expectNoAxeViolations } from '../axe'
import { renderInPage } from '../render'
import { posts, received, resetServer, script, server } from '../server/client'
import { daysAgo } from '../helpers'

/** Seed 002's refund policy, posted to the test server. */
const form = (): RefundFormConfig => ({
  policy: {
    eligibleReasons: ['duplicate-charge', 'technical-failure'],
    otherwise: 'not-eligible',
    processingDays: [5, 10],
  },
  replyTime: 'PT48H',
  attachments: { maxFiles: 2, maxBytes: 10_000, accept: ['image/*', 'application/pdf'] },
  submit: { endpoint: `${server}/api/refunds` },
})

function renderForm(locale = 'en') {
  return renderInPage(
    <RefundForm form={form()} sendOptions={{ retries: 2, backoffMs: 20, timeoutMs: 5000 }} />,
    { locale },
  )
}

const eligibility = () =>
  screen.getAllByRole('status').find((region) => region.dataset.part === 'refund-eligibility')

beforeEach(async () => {
  localStorage.clear()
  await resetServer()
})
afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
})

describe('RefundForm against a real server', () => {
  it('a 500 then a success stores one refund request, both attempts with the same key', async () => {
    await script({ status: 500 }, { status: 200, body: { reference: 'RF-4711' } })
    renderForm()
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Email address of your account' }),
      'eleni@example.com',
    )
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Order or transaction number' }),
      'ORD-77',
    )
    await userEvent.fill(screen.getByLabelText('Date of purchase'), daysAgo(3))
    await userEvent.click(screen.getByRole('radio', { name: 'I was charged twice' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText(/RF-4711/)).toBeInTheDocument()
    const requests = await posts()
    expect(requests).toHaveLength(2)
    expect(requests[0]!.headers['idempotency-key']).toBe(requests[1]!.headers['idempotency-key'])
    expect((await received()).tickets).toHaveLength(1)
    const fields = JSON.parse(requests[1]!.parts!.find((p) => p.name === 'fields')!.text!) as {
      reason: string
    }
    expect(fields).toMatchObject({ reason: 'duplicate-charge', 'order-number': 'ORD-77' })
  })

  it('can be completed with the keyboard alone', async () => {
    await script({ status: 200, body: { reference: 'RF-1' } })
    renderForm()
    ;(document.activeElement as HTMLElement | null)?.blur()
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('textbox', { name: 'Email address of your account' })).toHaveFocus()
    await userEvent.keyboard('eleni@example.com{Tab}ORD-78{Tab}')
    const date = screen.getByLabelText('Date of purchase')
    expect(date).toHaveFocus()
    // Chromium's date field: month, day and year segments (en-US), each typed in turn.
    const [year, month, day] = daysAgo(2).split('-')
    await userEvent.keyboard(`${month!}${day!}${year!}`)
    expect(date).toHaveValue(daysAgo(2))
    // Past the year, the field's own calendar button takes one Tab.
    await userEvent.keyboard('{Tab}{Tab}')
    expect(screen.getByRole('textbox', { name: 'Plan or subscription (optional)' })).toHaveFocus()
    await userEvent.keyboard('Pro{Tab}')
    // Tab enters the reason group; the arrow keys move through the radios and choose.
    expect(screen.getByRole('radio', { name: 'I was charged twice' })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
    const technical = screen.getByRole('radio', {
      name: 'A technical problem stopped me from using the service',
    })
    expect(technical).toHaveFocus()
    expect(technical).toBeChecked()
    expect(eligibility()).toHaveAttribute('data-eligibility', 'eligible')
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('textbox', { name: 'Details (optional)' })).toHaveFocus()
    await userEvent.keyboard('The app crashed on start.{Tab}')
    // The file button of the attachments, then the send button.
    expect(document.activeElement).toHaveAttribute('type', 'file')
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(await screen.findByText(/RF-1/)).toBeInTheDocument()
    const [request] = await posts()
    const fields = JSON.parse(request!.parts!.find((p) => p.name === 'fields')!.text!) as unknown
    expect(fields).toEqual({
      'account-email': 'eleni@example.com',
      'order-number': 'ORD-78',
      'purchase-date': daysAgo(2),
      plan: 'Pro',
      reason: 'technical-failure',
      details: 'The app crashed on start.',
    })
  })

  it('has no axe violations after a failed submit, light and dark, and in Korean', async () => {
    for (const [locale, scheme] of [
      ['en', 'light'],
      ['en', 'dark'],
      ['ko', 'light'],
      ['ko', 'dark'],
    ] as const) {
      await commands.emulateMedia({ colorScheme: scheme })
      const { container, unmount } = renderForm(locale)
      // "Another reason" makes details required, and shows the eligibility note.
      await userEvent.click(screen.getAllByRole('radio').at(-1)!)
      expect(eligibility()).toHaveAttribute('data-eligibility', 'not-eligible')
      await userEvent.click(
        screen.getByRole('button', { name: locale === 'ko' ? '보내기' : 'Send' }),
      )
      expect(screen.getByRole('alert')).toHaveFocus()
      await expectNoAxeViolations(container)
      unmount()
    }
  })
})
