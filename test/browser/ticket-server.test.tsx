import { screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { beforeEach, describe, expect, it } from 'vitest'
import { RefundForm } from '../../src/components/RefundForm'
import { TicketForm } from '../../src/components/TicketForm'
import type { RefundFormConfig, TicketFormConfig } from '../../src/config'
import { renderInPage } from '../render'
import { failNext, gatewayState, resetTicketServer, ticketServer } from '../ticket-server/client'
import { bytesOf, daysAgo } from '../helpers'

// The example server of examples/ticket-server, really running (test/ticket-server/gateway.ts).

/** A contact form with screenshots, posted to the example server. */
const ticketForm = (fields: NonNullable<TicketFormConfig['fields']> = []): TicketFormConfig => ({
  preset: 'contact',
  fields: [{ id: 'screenshots', type: 'file', label: 'Screenshots' }, ...fields],
  attachments: { maxFiles: 2, maxBytes: 100_000, accept: ['image/*'] },
  submit: { endpoint: `${ticketServer}/tickets` },
})

/** Fast retries: two after the first attempt. */
const sendOptions = { retries: 2, backoffMs: 20, timeoutMs: 5000 }

const screenshot = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255])

async function fillTicket() {
  await userEvent.fill(screen.getByRole('textbox', { name: /^Your name/ }), 'Ada Lovelace')
  await userEvent.fill(
    screen.getByRole('textbox', { name: /^Your email address/ }),
    'ada@example.com',
  )
  await userEvent.fill(screen.getByRole('textbox', { name: /^Subject/ }), 'Login fails')
  await userEvent.fill(
    screen.getByRole('textbox', { name: /^How can we help/ }),
    'Since Monday the login page says my password is wrong.',
  )
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
  await userEvent.upload(input, new File([screenshot], 'login error.png', { type: 'image/png' }))
}

/** The reference in the confirmation, once the form says it was sent. */
async function shownReference(prefix: 'T' | 'R'): Promise<string> {
  const line = await screen.findByText(/^Your reference number is/, {}, { timeout: 5000 })
  const reference = new RegExp(`\\b${prefix}-[0-9A-Z]{8}\\b`).exec(line.textContent)?.[0]
  expect(reference, line.textContent).toBeDefined()
  return reference!
}

beforeEach(async () => {
  localStorage.clear()
  await resetTicketServer()
})

describe('TicketForm and RefundForm against the example ticket server', () => {
  it('stores the ticket and its attachment, and shows the reference the server gave', async () => {
    renderInPage(<TicketForm form={ticketForm()} sendOptions={sendOptions} />)
    await fillTicket()
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const reference = await shownReference('T')

    const { posts, tickets } = await gatewayState()
    expect(posts.map((post) => post.status)).toEqual([201])
    expect(tickets).toHaveLength(1)
    const [stored] = tickets
    expect(stored!.reference).toBe(reference)
    expect(stored!.ticket).toMatchObject({
      reference,
      form: 'ticket',
      fields: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        subject: 'Login fails',
        message: 'Since Monday the login page says my password is wrong.',
      },
      files: [{ name: 'login error.png', type: 'image/png', size: screenshot.length }],
    })
    const { path } = stored!.ticket.files[0]!
    expect(bytesOf(stored!.files[path]!)).toEqual([...screenshot])
  })

  it('a server error, then the automatic retry: one ticket, both attempts with one key', async () => {
    await failNext('before')
    renderInPage(<TicketForm form={ticketForm()} sendOptions={sendOptions} />)
    await fillTicket()
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const reference = await shownReference('T')

    const { posts, tickets } = await gatewayState()
    expect(posts.map((post) => post.status)).toEqual([503, 201])
    expect(new Set(posts.map((post) => post.idempotencyKey)).size).toBe(1)
    expect(tickets.map((ticket) => ticket.reference)).toEqual([reference])
  })

  it('stored but the answer lost, then "Try again": the same reference, stored once', async () => {
    // The first attempt reaches the server, which stores the ticket; no answer gets back.
    await failNext('after', 'after', 'after')
    renderInPage(<TicketForm form={ticketForm()} sendOptions={sendOptions} />)
    await fillTicket()
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Your message could not be sent: the server had a problem. Nothing you entered is lost.',
    )
    expect(screen.getByRole('textbox', { name: /^Subject/ })).toHaveValue('Login fails')
    expect((await gatewayState()).tickets).toHaveLength(1)

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    const reference = await shownReference('T')

    const { posts, tickets } = await gatewayState()
    expect(posts.map((post) => post.status)).toEqual([502, 502, 502, 200])
    expect(new Set(posts.map((post) => post.idempotencyKey)).size).toBe(1)
    expect(tickets.map((ticket) => ticket.reference)).toEqual([reference])
  })

  it('the same idempotency key twice, from a page on another origin: stored once', async () => {
    const body = () => {
      const form = new FormData()
      form.append('fields', JSON.stringify({ email: 'ada@example.com', subject: 'Twice' }))
      form.append('files', new File([screenshot], 'shot.png', { type: 'image/png' }))
      return form
    }
    const post = () =>
      fetch(`${ticketServer}/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'same-key-1', Accept: 'application/json' },
        body: body(),
      })

    const first = await post()
    const second = await post()

    expect(first.status).toBe(201)
    expect(second.status).toBe(200)
    const { reference } = (await first.json()) as { reference: string }
    expect(await second.json()).toEqual({ reference })
    expect((await gatewayState()).tickets.map((ticket) => ticket.reference)).toEqual([reference])
  })

  it('a request the server refuses (422) is not retried, and nothing is stored', async () => {
    // The config makes the email optional; the example server still needs one to reply to.
    const optionalEmail = ticketForm([{ id: 'email', type: 'email', label: 'Email' }])
    renderInPage(<TicketForm form={optionalEmail} sendOptions={sendOptions} />)
    await userEvent.fill(screen.getByRole('textbox', { name: /^Your name/ }), 'Ada Lovelace')
    await userEvent.fill(screen.getByRole('textbox', { name: /^Subject/ }), 'No email')
    await userEvent.fill(screen.getByRole('textbox', { name: /^How can we help/ }), 'Call me.')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('the server had a problem')
    const { posts, tickets } = await gatewayState()
    expect(posts.map((post) => post.status)).toEqual([422])
    expect(tickets).toEqual([])
  })

  it('stores a refund request under an R- reference', async () => {
    const refundForm: RefundFormConfig = {
      policy: { withdrawalDays: 14 },
      submit: { endpoint: `${ticketServer}/refunds` },
    }
    renderInPage(<RefundForm form={refundForm} sendOptions={sendOptions} />)
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Email address of your account' }),
      'eleni@example.com',
    )
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Order or transaction number' }),
      'ORD-77',
    )
    const purchased = daysAgo(3)
    await userEvent.fill(screen.getByLabelText('Date of purchase'), purchased)
    await userEvent.click(screen.getByRole('radio', { name: 'I was charged twice' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const reference = await shownReference('R')

    const [stored] = (await gatewayState()).tickets
    expect(stored!.ticket).toMatchObject({
      reference,
      form: 'refund',
      fields: {
        'account-email': 'eleni@example.com',
        'order-number': 'ORD-77',
        'purchase-date': purchased,
        reason: 'duplicate-charge',
      },
      files: [],
    })
  })
})
