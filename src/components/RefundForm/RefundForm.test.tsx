import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RefundFormConfig } from '../../config'
import { SubmitError } from '../../submit'
import { SupportHubProvider } from '../SupportHubProvider'
import { RefundForm, type RefundFormProps } from '.'

/** Seed 002: refunds only for a duplicate charge or a technical failure; 5 to 10 days. */
const seed002: RefundFormConfig = {
  policy: {
    eligibleReasons: ['duplicate-charge', 'technical-failure'],
    otherwise: 'not-eligible',
    processingDays: [5, 10],
  },
  replyTime: 'PT48H',
}
/** Seed 004: a 14-day withdrawal right, otherwise case by case. */
const seed004: RefundFormConfig = { policy: { withdrawalDays: 14 } }

function setup(props: Partial<RefundFormProps> = {}, locale = 'en') {
  const user = userEvent.setup()
  const onEvent = vi.fn()
  const onSubmit = props.onSubmit ?? vi.fn().mockResolvedValue({ reference: 'R-1001' })
  const view = render(
    <SupportHubProvider locale={locale} onEvent={onEvent}>
      <RefundForm
        form={seed002}
        onSubmit={onSubmit}
        sendOptions={{ retries: 0, backoffMs: 1 }}
        {...props}
      />
    </SupportHubProvider>,
  )
  return { user, onEvent, onSubmit: onSubmit as ReturnType<typeof vi.fn>, ...view }
}

type User = ReturnType<typeof userEvent.setup>
const purchaseDate = () => screen.getByLabelText('Date of purchase')
const eligibility = () => screen.getByRole('status')

async function fill(user: User, { reason = 'I was charged twice', date = '2026-11-10' } = {}) {
  await user.type(
    screen.getByRole('textbox', { name: 'Email address of your account' }),
    'eleni@example.com',
  )
  await user.type(screen.getByRole('textbox', { name: 'Order or transaction number' }), 'ORD-77')
  await user.type(purchaseDate(), date)
  await user.click(screen.getByRole('radio', { name: reason }))
}

// Before, not after: unmounting a form saves its draft, after a test's own afterEach.
beforeEach(() => localStorage.clear())
afterEach(() => vi.useRealTimers())

describe('RefundForm', () => {
  it('asks for the account, order, date, plan, reason and details, by role and name', () => {
    setup({ form: { ...seed002, attachments: { maxFiles: 3, maxBytes: 10_485_760 } } })
    expect(screen.getByRole('heading', { name: 'Request a refund' })).toBeInTheDocument()
    // Required fields are the ones without "(optional)" in their name.
    expect(
      screen.getByRole('textbox', { name: 'Email address of your account' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: 'Order or transaction number' }),
    ).toHaveAccessibleDescription('You find it in your receipt or in your payment history.')
    expect(purchaseDate()).toHaveAttribute('type', 'date')
    expect(screen.getByRole('textbox', { name: 'Plan or subscription (optional)' })).toBeVisible()
    const reasons = screen.getByRole('group', { name: 'Why are you asking for a refund?' })
    expect(
      Array.from(reasons.querySelectorAll('input')).map((radio) => radio.labels?.[0]?.textContent),
    ).toEqual([
      'I was charged twice',
      'A technical problem stopped me from using the service',
      'I am withdrawing within the legal period',
      'Another reason',
    ])
    expect(screen.getByRole('textbox', { name: 'Details (optional)' })).toBeInTheDocument()
    expect(
      screen.getByLabelText(
        'Evidence (receipts, bank statements, screenshots) (optional) Choose files',
      ),
    ).toHaveAttribute('type', 'file')
    expect(screen.getByRole('heading', { name: 'What to have at hand' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'If your refund is refused' })).toBeInTheDocument()
    expect(
      screen.getByText(
        'A granted refund takes 5 to 10 days to reach your account; your bank may take longer.',
      ),
    ).toBeInTheDocument()
  })

  it('offers only the configured reasons, and no evidence field without attachments', () => {
    setup({ form: { ...seed002, reasons: ['duplicate-charge', 'other'] } })
    expect(screen.getAllByRole('radio')).toHaveLength(2)
    expect(document.querySelector('input[type="file"]')).toBeNull()
  })

  it('asks for details only when the reason is "other", keeping what was typed', async () => {
    const { user } = setup()
    await user.type(screen.getByRole('textbox', { name: 'Details (optional)' }), 'Charged in May')
    await user.click(screen.getByRole('radio', { name: 'Another reason' }))
    expect(screen.getByRole('textbox', { name: 'Details' })).toHaveValue('Charged in May')
    await user.clear(screen.getByRole('textbox', { name: 'Details' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('link', { name: 'Enter Details' })).toBeInTheDocument()
  })

  describe('eligibility, live and polite', () => {
    it('seed 002: a duplicate charge is covered, another reason is not, whatever the date', async () => {
      const { user } = setup()
      expect(eligibility()).toBeEmptyDOMElement()
      await user.click(screen.getByRole('radio', { name: 'I was charged twice' }))
      expect(eligibility()).toHaveAttribute('data-eligibility', 'eligible')
      expect(eligibility()).toHaveTextContent('This reason is covered by our refund policy.')
      await user.click(screen.getByRole('radio', { name: 'Another reason' }))
      expect(eligibility()).toHaveAttribute('data-eligibility', 'not-eligible')
      expect(eligibility()).toHaveTextContent(
        'Our policy does not usually refund this reason, but you can still send your request.',
      )
      // The state is a shape too, not only a colour.
      expect(eligibility().querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
    })

    it('seed 004: waits for the date, then counts the days left in the window', async () => {
      vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] })
      const { user } = setup({ form: seed004, timeZone: 'Europe/Athens' })
      await user.click(screen.getByRole('radio', { name: 'Another reason' }))
      expect(eligibility()).not.toHaveAttribute('data-eligibility')
      await user.type(purchaseDate(), '2026-11-10')
      expect(eligibility()).toHaveAttribute('data-eligibility', 'eligible')
      expect(eligibility()).toHaveTextContent(
        'You are within the 14-day withdrawal period: 4 days left. A refund is due whatever the reason.',
      )
    })

    it.each([
      ['the last day of the window', '2026-11-10', 'eligible', 'today is the last day'],
      ['the day after the window', '2026-11-09', 'review', 'case by case'],
    ])('seed 004, %s', async (_, date, state, words) => {
      vi.useFakeTimers({ now: new Date('2026-11-24T20:00:00Z'), toFake: ['Date'] })
      const { user } = setup({ form: seed004, timeZone: 'Europe/Athens' })
      await user.type(purchaseDate(), date)
      await user.click(
        screen.getByRole('radio', { name: 'I am withdrawing within the legal period' }),
      )
      expect(eligibility()).toHaveAttribute('data-eligibility', state)
      expect(eligibility()).toHaveTextContent(words)
    })

    it.each([
      // 23:30 UTC on the 24th is already the 25th in Athens, still the 24th in New York.
      ['Europe/Athens', 'review'],
      ['America/New_York', 'eligible'],
    ])('seed 004, counts the days in the company time zone (%s)', async (timeZone, state) => {
      vi.useFakeTimers({ now: new Date('2026-11-24T23:30:00Z'), toFake: ['Date'] })
      const { user } = setup({ form: seed004, timeZone })
      await user.type(purchaseDate(), '2026-11-10')
      await user.click(screen.getByRole('radio', { name: 'Another reason' }))
      expect(eligibility()).toHaveAttribute('data-eligibility', state)
    })
  })

  it('never blocks a request the policy does not cover', async () => {
    const { user, onSubmit } = setup()
    await fill(user, { reason: 'Another reason' })
    await user.type(screen.getByRole('textbox', { name: 'Details' }), 'Changed my mind.')
    expect(eligibility()).toHaveAttribute('data-eligibility', 'not-eligible')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText(/R-1001/)).toBeInTheDocument()
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      reason: 'other',
      details: 'Changed my mind.',
    })
  })

  it('stops a submit with errors, GOV.UK style, and sends only field names in the event', async () => {
    const { user, onEvent, onSubmit } = setup()
    await user.type(
      screen.getByRole('textbox', { name: 'Order or transaction number' }),
      'ORD-secret',
    )
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter Email address of your account',
      'Enter Date of purchase',
      'Select Why are you asking for a refund?',
    ])
    expect(onSubmit).not.toHaveBeenCalled()
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_validation_failed',
      form: 'refund',
      fields: ['account-email', 'purchase-date', 'reason'],
    })
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('ORD-secret')
    await user.click(screen.getByRole('link', { name: 'Select Why are you asking for a refund?' }))
    expect(screen.getByRole('radio', { name: 'I was charged twice' })).toHaveFocus()
  })

  it('refuses a purchase date in the future', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] })
    const { user } = setup()
    await fill(user, { date: '2026-12-01' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(
      screen.getByRole('link', { name: 'Date of purchase must be today or in the past' }),
    ).toBeInTheDocument()
  })

  it('sends once, then shows the reference, the reply time and the processing time', async () => {
    const { user, onEvent, onSubmit } = setup()
    await fill(user)
    await user.type(screen.getByRole('textbox', { name: 'Plan or subscription (optional)' }), 'Pro')
    await user.dblClick(screen.getByRole('button', { name: 'Send' }))
    const success = await screen.findByRole('status')
    expect(success).toHaveFocus()
    expect(success).toHaveTextContent('Your reference number is R-1001. Keep it for any follow-up.')
    expect(success).toHaveTextContent('We usually reply within 48 hours.')
    expect(success).toHaveTextContent('A granted refund takes 5 to 10 days')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      'account-email': 'eleni@example.com',
      'order-number': 'ORD-77',
      'purchase-date': '2026-11-10',
      plan: 'Pro',
      reason: 'duplicate-charge',
      details: '',
    })
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_submitted',
      form: 'refund',
      reference: 'R-1001',
    })
  })

  it('keeps everything after a failure and retries with the same idempotency key', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new SubmitError('http', 'down', { status: 503, attempts: 1 }))
      .mockResolvedValueOnce({ reference: 'R-2002' })
    const { user, onEvent } = setup({ onSubmit })
    await fill(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(
      await screen.findByText(/could not be sent: the server had a problem/),
    ).toBeInTheDocument()
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_failed',
      form: 'refund',
      reason: 'http',
      status: 503,
    })
    expect(screen.getByRole('textbox', { name: 'Order or transaction number' })).toHaveValue(
      'ORD-77',
    )
    expect(screen.getByRole('radio', { name: 'I was charged twice' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/R-2002/)).toBeInTheDocument()
    const keys = onSubmit.mock.calls.map(
      (call) => (call[1] as { idempotencyKey: string }).idempotencyKey,
    )
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
  })

  it('restores a draft after a reload, with its eligibility, and clears it after sending', async () => {
    const first = setup()
    await first.user.type(
      screen.getByRole('textbox', { name: 'Order or transaction number' }),
      'ORD-9',
    )
    await first.user.click(screen.getByRole('radio', { name: 'I was charged twice' }))
    first.unmount()
    const { user } = setup()
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Order or transaction number' })).toHaveValue(
        'ORD-9',
      ),
    )
    expect(screen.getByText(/Draft restored/)).toBeInTheDocument()
    expect(eligibility()).toHaveAttribute('data-eligibility', 'eligible')
    await user.type(
      screen.getByRole('textbox', { name: 'Email address of your account' }),
      'eleni@example.com',
    )
    await user.type(purchaseDate(), '2026-11-10')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/R-1001/)
    expect(localStorage.getItem('react-support-hub:draft:refund')).toBeNull()
  })

  it('looks sent to a bot that fills the hidden field, and sends nothing', async () => {
    const { user, onSubmit, container } = setup()
    await fill(user)
    await user.type(container.querySelector<HTMLInputElement>('#refund-__rsh_hp')!, 'spam')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Your message has been sent')).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('speaks the reader’s language where the catalog has it', async () => {
    const { user } = setup({}, 'de')
    await user.click(screen.getByRole('button', { name: 'Senden' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Es gibt ein Problem')
  })
})

describe('RefundForm misuse', () => {
  it('fails with a message naming the fix when there is nowhere to send, not a silent Send', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      render(
        <SupportHubProvider>
          <RefundForm form={seed004} />
        </SupportHubProvider>,
      ),
    ).toThrow(/RefundForm needs somewhere to send requests: set forms.refund.submit.endpoint/)
    vi.restoreAllMocks()
  })
})
