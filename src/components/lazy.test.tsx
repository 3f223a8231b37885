import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { SupportHubProvider } from './SupportHubProvider'
import { LazyRefundForm, LazyTicketForm } from './lazy'

describe('forms loaded when shown', () => {
  it('render inside Suspense once their chunk has loaded', async () => {
    render(
      <SupportHubProvider locale="en">
        <Suspense fallback={<p>…</p>}>
          <LazyTicketForm form={{ preset: 'contact' }} onSubmit={vi.fn()} />
          <LazyRefundForm form={{ policy: { withdrawalDays: 14 } }} onSubmit={vi.fn()} />
        </Suspense>
      </SupportHubProvider>,
    )
    expect(await screen.findByRole('heading', { name: 'Contact support' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Request a refund' })).toBeInTheDocument()
  })
})
