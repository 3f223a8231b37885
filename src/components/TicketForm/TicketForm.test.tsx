import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fixture } from '../../../test/fixtures'
import type { TicketFormConfig } from '../../config'
import { SubmitError } from '../../submit'
import { SubmitError as PublicSubmitError } from '../../index'
import { SupportHubProvider } from '../SupportHubProvider'
import { TicketForm, type TicketFormProps } from '.'

const contact: TicketFormConfig = { preset: 'contact', replyTime: 'PT24H' }

function setup(props: Partial<TicketFormProps> = {}, locale = 'en') {
  const user = userEvent.setup()
  const onEvent = vi.fn()
  const onSubmit = props.onSubmit ?? vi.fn().mockResolvedValue({ reference: 'T-1001' })
  const view = render(
    <SupportHubProvider locale={locale} onEvent={onEvent}>
      <TicketForm
        form={contact}
        onSubmit={onSubmit}
        sendOptions={{ retries: 0, backoffMs: 1 }}
        {...props}
      />
    </SupportHubProvider>,
  )
  return { user, onEvent, onSubmit: onSubmit as ReturnType<typeof vi.fn>, ...view }
}

async function fillContact(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Eleni')
  await user.type(screen.getByRole('textbox', { name: 'Your email address' }), 'eleni@example.com')
  await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Payment page shows an error')
  await user.type(
    screen.getByRole('textbox', { name: 'How can we help?' }),
    'The card form says try again.',
  )
}

// Before, not after: unmounting a form saves its draft, after a test's own afterEach.
beforeEach(() => localStorage.clear())

describe('TicketForm', () => {
  it('starts from a preset: contact asks name, email, subject and message', () => {
    setup()
    expect(screen.getByRole('heading', { name: 'Contact support' })).toBeInTheDocument()
    for (const name of ['Your name', 'Your email address', 'Subject', 'How can we help?']) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument()
    }
  })

  it('stops a submit with errors, GOV.UK style, and sends only field names in the event', async () => {
    const { user, onEvent, onSubmit } = setup()
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'secret name')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByRole('alert')).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_validation_failed',
      form: 'ticket',
      fields: ['email', 'subject', 'message'],
    })
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('secret name')
  })

  it('links each summary item to its field, and re-checks a field on blur after a failed submit', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await user.click(screen.getByRole('link', { name: 'Enter Your email address' }))
    const email = screen.getByRole('textbox', { name: 'Your email address' })
    expect(email).toHaveFocus()
    await user.type(email, 'eleni@example.com')
    await user.tab()
    expect(email).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByRole('link', { name: 'Enter Your email address' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Enter Subject' })).toBeInTheDocument()
  })

  it('does not keep drafts when the config turns them off', async () => {
    const first = setup({ form: { ...contact, drafts: false } })
    await first.user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Not kept')
    first.unmount()
    const { loadDraft } = await import('../../submit')
    expect(loadDraft('ticket')).toBeUndefined()
  })

  it('sends once, then shows the reference, what happens next and the reply time', async () => {
    const { user, onEvent, onSubmit } = setup()
    await fillContact(user)
    await user.dblClick(screen.getByRole('button', { name: 'Send' }))
    expect(
      await screen.findByText('Your reference number is T-1001. Keep it for any follow-up.'),
    ).toBeInTheDocument()
    expect(screen.getByText('We usually reply within 24 hours.')).toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      name: 'Eleni',
      email: 'eleni@example.com',
      subject: 'Payment page shows an error',
      message: 'The card form says try again.',
    })
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_submitted',
      form: 'ticket',
      reference: 'T-1001',
    })
  })

  it('sends once on a double click even with a restored draft', async () => {
    const first = setup()
    await first.user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Draft ')
    first.unmount()
    const { user, onSubmit } = setup()
    await waitFor(() => expect(screen.getByText(/Draft restored/)).toBeInTheDocument())
    await fillContact(user)
    await user.dblClick(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/T-1001/)
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('does not retry an onSubmit that rejects with a final SubmitError from the package', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new PublicSubmitError('http', 'Email already used', { status: 422 }))
    // Retries allowed: a plain Error would be tried 3 more times.
    const { user } = setup({ onSubmit, sendOptions: { retries: 3, backoffMs: 1 } })
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText(/could not be sent/)).toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('keeps everything after a failure and retries with the same idempotency key', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new SubmitError('http', 'down', { status: 503, attempts: 1 }))
      .mockResolvedValueOnce({ reference: 'T-2002' })
    const { user, onEvent } = setup({ onSubmit })
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(
      await screen.findByText(/could not be sent: the server had a problem/),
    ).toBeInTheDocument()
    expect(onEvent).toHaveBeenCalledWith({
      type: 'form_failed',
      form: 'ticket',
      reason: 'http',
      status: 503,
    })
    expect(screen.getByRole('textbox', { name: 'How can we help?' })).toHaveValue(
      'The card form says try again.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/T-2002/)).toBeInTheDocument()
    const keys = onSubmit.mock.calls.map(
      (call) => (call[1] as { idempotencyKey: string }).idempotencyKey,
    )
    expect(keys[0]).toBe(keys[1])
  })

  it('restores a draft after a reload, offers to discard it, and clears it after sending', async () => {
    const first = setup()
    await first.user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Half-typed subject')
    first.unmount()
    const second = setup()
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Half-typed subject'),
    )
    expect(screen.getByText(/Draft restored/)).toBeInTheDocument()
    await second.user.click(screen.getByRole('button', { name: 'Discard' }))
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('')
    second.unmount()
    setup()
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('')
  })

  it('never keeps fields marked sensitive in a draft', async () => {
    const form: TicketFormConfig = {
      ...contact,
      fields: [{ id: 'account-id', type: 'text', label: 'Account ID', sensitive: true }],
    }
    const first = setup({ form })
    await first.user.type(screen.getByRole('textbox', { name: 'Account ID (optional)' }), 'ACC-99')
    await first.user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Kept')
    first.unmount()
    setup({ form })
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Kept'),
    )
    expect(screen.getByRole('textbox', { name: 'Account ID (optional)' })).toHaveValue('')
  })

  it('suggests up to three FAQ answers while the subject is typed', async () => {
    const faq = fixture('faq-en').faq
    const { user, onEvent } = setup({ faq })
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'forgot password')
    expect(
      await screen.findByRole('heading', { name: 'These answers might help' }),
    ).toBeInTheDocument()
    const suggested = screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-expanded'))
    expect(suggested.length).toBeGreaterThan(0)
    expect(suggested.length).toBeLessThanOrEqual(3)
    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'ticket_deflection_shown' }),
    )
    await user.click(suggested[0]!)
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'ticket_deflected' }))
  })

  it('creator platform preset (seed 001): recommends 5 to 7 words without blocking', async () => {
    const { user } = setup({ form: { preset: 'creator-platform' } }, 'de')
    await user.type(screen.getByRole('textbox', { name: 'Betreff' }), 'Stream bricht ab')
    expect(screen.getByText(/5/)).toBeInTheDocument()
  })
})

describe('diagnostics', () => {
  it('are collected only with consent, shown before sending, and each can be removed', async () => {
    const { user, onSubmit } = setup({ form: { ...contact, diagnostics: true } })
    const consent = screen.getByRole('checkbox', { name: /Include technical details/ })
    expect(consent).not.toBeChecked()
    expect(screen.queryByText('Time zone')).toBeNull()
    await user.click(consent)
    expect(screen.getByText('Time zone')).toBeInTheDocument()
    expect(screen.getByText('Page')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove Page' }))
    expect(screen.queryByText('Page')).toBeNull()
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/T-1001/)
    const sent = onSubmit.mock.calls[0]![0] as { diagnostics: Record<string, string> }
    expect(Object.keys(sent.diagnostics).sort()).toEqual([
      'browser',
      'device',
      'system',
      'timeZone',
    ])
  })

  it('send nothing about the device without consent', async () => {
    const { user, onSubmit } = setup({ form: { ...contact, diagnostics: true } })
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/T-1001/)
    expect(onSubmit.mock.calls[0]![0]).not.toHaveProperty('diagnostics')
  })
})

describe('misuse and announcements', () => {
  it('fails with a message naming the fix when there is nowhere to send', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      render(
        <SupportHubProvider>
          <TicketForm form={{ preset: 'contact' }} />
        </SupportHubProvider>,
      ),
    ).toThrow(/TicketForm needs somewhere to send tickets: set forms.ticket.submit.endpoint/)
    vi.restoreAllMocks()
  })

  it('moves focus to the confirmation, so it is read out', async () => {
    const { user } = setup()
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus())
  })

  it('labels an attachments field once', () => {
    setup({
      form: {
        ...contact,
        fields: [{ id: 'shots', type: 'file', label: 'Screenshots' }],
        attachments: { maxFiles: 2, maxBytes: 1000 },
      },
    })
    expect(screen.getAllByText('Screenshots')).toHaveLength(1)
  })

  it('sends without a required file field when the config sets no attachments (it is not shown)', async () => {
    const { user, onSubmit } = setup({
      form: {
        ...contact,
        fields: [{ id: 'shots', type: 'file', label: 'Screenshots', required: true }],
      },
    })
    expect(screen.queryByText(/Screenshots/)).toBeNull()
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText(/T-1001/)).toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]![1]).toMatchObject({ files: [] })
  })
})

describe('review fixes', () => {
  it('keeps a config field called "website" (the hidden trap has a name no field can take)', async () => {
    const form: TicketFormConfig = {
      ...contact,
      fields: [{ id: 'website', type: 'text', label: 'Your website' }],
    }
    const { user, onSubmit } = setup({ form })
    await user.type(
      screen.getByRole('textbox', { name: 'Your website (optional)' }),
      'https://eleni.example',
    )
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/T-1001/)
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ website: 'https://eleni.example' })
  })

  it('keeps text longer than the limit and says so, instead of cutting it', async () => {
    const form: TicketFormConfig = {
      ...contact,
      fields: [{ id: 'subject', type: 'text', label: 'Subject', required: true, maxLength: 10 }],
    }
    const { user } = setup({ form })
    const subject = screen.getByRole('textbox', { name: 'Subject' })
    await user.click(subject)
    await user.paste('A subject far longer than ten characters')
    expect(subject).toHaveValue('A subject far longer than ten characters')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(
      screen.getByRole('link', { name: 'Subject must be 10 characters or fewer' }),
    ).toBeInTheDocument()
  })

  it('sends edited values as a new submission with a new key after a failure', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new SubmitError('network', 'offline', { attempts: 1 }))
      .mockResolvedValueOnce({ reference: 'T-3003' })
    const { user } = setup({ onSubmit })
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('button', { name: 'Try again' })
    await user.type(screen.getByRole('textbox', { name: 'How can we help?' }), ' More details.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await screen.findByText(/T-3003/)
    const [first, second] = onSubmit.mock.calls.map(
      (call) => (call[1] as { idempotencyKey: string }).idempotencyKey,
    )
    expect(first).not.toBe(second)
  })

  it('saves the draft at once when the page is left, before the typing pause ends', async () => {
    const { user } = setup()
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Typed just now')
    window.dispatchEvent(new Event('pagehide'))
    const { loadDraft } = await import('../../submit')
    expect(loadDraft('ticket')).toMatchObject({ subject: 'Typed just now' })
  })

  it('clears the draft after a successful send', async () => {
    const { user } = setup()
    await fillContact(user)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByText(/T-1001/)
    const { loadDraft } = await import('../../submit')
    expect(loadDraft('ticket')).toBeUndefined()
  })

  it('sends one request for a double click while the first is still on its way', async () => {
    let answer: (value: { reference: string }) => void = () => undefined
    const onSubmit = vi.fn().mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const { user } = setup({ onSubmit })
    await fillContact(user)
    await user.dblClick(screen.getByRole('button', { name: 'Send' }))
    await user.keyboard('{Enter}')
    answer({ reference: 'T-4004' })
    await screen.findByText(/T-4004/)
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('looks sent to a bot that fills the hidden field, sends nothing and keeps no draft', async () => {
    const { user, onSubmit, container } = setup()
    await fillContact(user)
    await user.type(container.querySelector<HTMLInputElement>('#ticket-__rsh_hp')!, 'spam')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Your message has been sent')).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
    const { loadDraft } = await import('../../submit')
    expect(loadDraft('ticket')).toBeUndefined()
  })
})
