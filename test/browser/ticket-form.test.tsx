import { screen, waitFor } from '@testing-library/react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TicketForm } from '../../src/components/TicketForm'
import type { TicketFormConfig } from '../../src/config'
import { expectNoAxeViolations } from '../axe'
import { renderInPage } from '../render'
import { posts, received, resetServer, script, server } from '../server/client'

/** Seed 001's creator-platform ticket, posted to the test server. */
const form = (): TicketFormConfig => ({
  preset: 'creator-platform',
  replyTime: 'PT24H',
  attachments: { maxFiles: 2, maxBytes: 10_000, accept: ['image/*'] },
  submit: { endpoint: `${server}/api/tickets` },
})

function renderForm(locale = 'de', timeoutMs = 5000) {
  return renderInPage(
    <TicketForm form={form()} sendOptions={{ retries: 2, backoffMs: 20, timeoutMs }} />,
    { locale },
  )
}

async function fill() {
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Ihre E-Mail-Adresse/ }),
    'nutzer@example.com',
  )
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Betreff/ }),
    'Stream bricht nach zehn Minuten ab',
  )
  await userEvent.click(screen.getByRole('radio', { name: /Nutzer/ }))
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Beschreibung des Problems/ }),
    'Seit gestern, in jedem Browser.',
  )
}

beforeEach(async () => {
  localStorage.clear()
  await resetServer()
})
afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
})

describe('TicketForm against a real server', () => {
  it('a 500 then a success stores one ticket, both attempts with the same key, and shows the reference', async () => {
    await script({ status: 500 }, { status: 200, body: { reference: 'LV-4711' } })
    renderForm()
    await fill()
    await userEvent.click(screen.getByRole('button', { name: 'Senden' }))
    expect(await screen.findByText(/LV-4711/)).toBeInTheDocument()
    const requests = await posts()
    expect(requests).toHaveLength(2)
    expect(requests[0]!.headers['idempotency-key']).toBe(requests[1]!.headers['idempotency-key'])
    expect((await received()).tickets).toHaveLength(1)
  })

  it('a double click sends one request', async () => {
    await script({ status: 200, body: { reference: 'LV-1' }, delayMs: 200 })
    renderForm()
    await fill()
    await userEvent.dblClick(screen.getByRole('button', { name: 'Senden' }))
    await screen.findByText(/LV-1/)
    expect(await posts()).toHaveLength(1)
  })

  it('keeps every field after a timeout, and the retry button sends with the same key', async () => {
    // Every attempt of the first submission is slower than the timeout.
    await script(
      { delayMs: 1500 },
      { delayMs: 1500 },
      { delayMs: 1500 },
      { status: 200, body: { reference: 'LV-9' } },
    )
    renderForm('de', 300)
    await fill()
    await userEvent.click(screen.getByRole('button', { name: 'Senden' }))
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/zu lange/)
    expect(screen.getByRole('textbox', { name: /^Betreff/ })).toHaveValue(
      'Stream bricht nach zehn Minuten ab',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }))
    expect(await screen.findByText(/LV-9/, {}, { timeout: 5000 })).toBeInTheDocument()
    const keys = new Set((await posts()).map((r) => r.headers['idempotency-key']))
    expect(keys.size).toBe(1)
  })

  it('never uploads a file over the limit, and sends the accepted one intact', async () => {
    await script({ status: 200, body: { reference: 'LV-2' } })
    renderForm()
    await fill()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
    const small = new File([new Uint8Array([0, 1, 2, 250, 255])], 'bildschirm.png', {
      type: 'image/png',
    })
    const large = new File([new Uint8Array(20_000)], 'video.png', { type: 'image/png' })
    await userEvent.upload(input, [small, large])
    // Refused at selection, with its reason: it never joins the files to send.
    expect(screen.getAllByText(/video\.png/).length).toBeGreaterThan(0)
    await userEvent.click(screen.getByRole('button', { name: 'Senden' }))
    await screen.findByText(/LV-2/)
    const [request] = await posts()
    const files = request!.parts!.filter((part) => part.filename)
    expect(files.map((part) => part.filename)).toEqual(['bildschirm.png'])
    expect(Array.from(atob(files[0]!.data), (c) => c.charCodeAt(0))).toEqual([0, 1, 2, 250, 255])
  })

  it('restores the draft after a reload and clears it after sending', async () => {
    await script({ status: 200, body: { reference: 'LV-3' } })
    const first = renderForm()
    await userEvent.type(screen.getByRole('textbox', { name: /^Betreff/ }), 'Halb geschrieben')
    first.unmount()
    renderForm()
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Betreff/ })).toHaveValue('Halb geschrieben'),
    )
    await userEvent.clear(screen.getByRole('textbox', { name: /^Betreff/ }))
    await fill()
    await userEvent.click(screen.getByRole('button', { name: 'Senden' }))
    await screen.findByText(/LV-3/)
    expect(Object.keys(localStorage).filter((key) => key.includes('ticket'))).toEqual([])
  })

  it('can be completed with the keyboard alone', async () => {
    await script({ status: 200, body: { reference: 'LV-KB' } })
    renderForm()
    screen.getByRole('textbox', { name: /^Benutzername/ }).focus()
    await userEvent.keyboard(
      'nutzer42{Tab}nutzer@example.com{Tab}Stream bricht nach zehn Minuten ab{Tab}',
    )
    // Into the radio group: Space picks the focused option.
    await userEvent.keyboard(' ')
    expect(screen.getByRole('radio', { name: /Nutzer/ })).toBeChecked()
    await userEvent.keyboard('{Tab}Seit gestern, in jedem Browser.')
    await userEvent.keyboard('{Tab}')
    // The file button takes a Tab stop; pass it and press Enter on Send.
    for (let i = 0; i < 6 && document.activeElement?.textContent !== 'Senden'; i++) {
      await userEvent.keyboard('{Tab}')
    }
    expect(document.activeElement).toHaveTextContent('Senden')
    await userEvent.keyboard('{Enter}')
    expect(await screen.findByText(/LV-KB/)).toBeInTheDocument()
  })

  it('has no axe violations after a failed submit, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await commands.emulateMedia({ colorScheme: scheme })
      const { container, unmount } = renderForm('el')
      await userEvent.click(screen.getByRole('button', { name: /Αποστολή/ }))
      expect(screen.getByRole('alert')).toHaveFocus()
      await expectNoAxeViolations(container)
      unmount()
    }
  })
})
