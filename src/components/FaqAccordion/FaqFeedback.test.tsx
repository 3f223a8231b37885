import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FaqConfig } from '../../config'
import { SupportHubProvider } from '../SupportHubProvider'
import { FaqAccordion } from '.'

const faq: FaqConfig = {
  categories: [
    {
      id: 'billing',
      title: 'Billing',
      items: [
        { id: 'card', question: 'How do I change my card?', answer: 'Open **Billing**.' },
        { id: 'refund', question: 'Can I get a refund?', answer: 'Within 14 days.' },
      ],
    },
  ],
}

function setup(onEvent = vi.fn()) {
  const user = userEvent.setup()
  render(
    <SupportHubProvider locale="en" onEvent={onEvent}>
      <FaqAccordion faq={faq} defaultValue={['card', 'refund']} />
    </SupportHubProvider>,
  )
  const answer = (name: string) => screen.getByRole('region', { name })
  return { user, onEvent, answer }
}

afterEach(() => localStorage.clear())

describe('"Was this helpful?"', () => {
  it('thanks the reader after Yes, moves focus to the thanks and sends one event', async () => {
    const { user, onEvent, answer } = setup()
    const region = answer('How do I change my card?')
    const group = screen.getAllByRole('group', { name: 'Was this helpful?' })[0]!
    expect(region).toContainElement(group)
    await user.click(screen.getAllByRole('button', { name: 'Yes' })[0]!)
    const thanks = screen.getByText('Thank you for your feedback.')
    expect(thanks).toHaveFocus()
    expect(onEvent).toHaveBeenCalledWith({ type: 'faq_feedback', itemId: 'card', helpful: true })
  })

  it('asks for an optional comment after No and sends it with the vote', async () => {
    const { user, onEvent } = setup()
    await user.click(screen.getAllByRole('button', { name: 'No' })[1]!)
    const comment = screen.getByRole('textbox', { name: 'What were you looking for? (optional)' })
    expect(comment).toHaveFocus()
    await user.type(comment, '  Refunds for annual plans  ')
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(onEvent).toHaveBeenCalledWith({
      type: 'faq_feedback',
      itemId: 'refund',
      helpful: false,
      comment: 'Refunds for annual plans',
    })
    expect(screen.getByText('Thank you for your feedback.')).toHaveFocus()
  })

  it('lets the reader skip the comment', async () => {
    const { user, onEvent } = setup()
    await user.click(screen.getAllByRole('button', { name: 'No' })[0]!)
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    expect(onEvent).toHaveBeenCalledWith({ type: 'faq_feedback', itemId: 'card', helpful: false })
  })

  it('remembers one vote per question across visits', async () => {
    const first = setup()
    await first.user.click(screen.getAllByRole('button', { name: 'Yes' })[0]!)
    document.body.innerHTML = ''
    const onEvent = vi.fn()
    setup(onEvent)
    expect(screen.getAllByRole('button', { name: 'Yes' })).toHaveLength(1)
    expect(screen.getByText('Thank you for your feedback.')).toBeInTheDocument()
  })

  it('still works when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    const { user, onEvent } = setup()
    await user.click(screen.getAllByRole('button', { name: 'Yes' })[0]!)
    expect(onEvent).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Thank you for your feedback.')).toHaveFocus()
    vi.restoreAllMocks()
  })
})

describe('Copy link', () => {
  it('is named by what it shows and described by its question, in every language', () => {
    for (const locale of ['en', 'de', 'el', 'es', 'ko', 'fr', 'ar']) {
      const { unmount } = render(
        <SupportHubProvider locale={locale}>
          <FaqAccordion faq={faq} defaultValue={['card']} />
        </SupportHubProvider>,
      )
      const button = document.querySelector('[data-part="faq-copy-link"] button')!
      const visible = button.textContent.trim()
      expect(button, locale).toHaveAccessibleName(visible)
      expect(button, locale).toHaveAccessibleDescription('How do I change my card?')
      unmount()
    }
  })

  it('copies the address of the question and says so', async () => {
    const { user } = setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(
      screen.getByRole('button', { name: 'Copy link', description: 'Can I get a refund?' }),
    )
    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}#faq-refund`)
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status')
  })

  it('puts the link in the address bar when the clipboard is refused', async () => {
    const { user } = setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(
      screen.getByRole('button', { name: 'Copy link', description: 'How do I change my card?' }),
    )
    expect(
      await screen.findByText('The link could not be copied. It is now in the address bar.'),
    ).toBeInTheDocument()
    expect(location.hash).toBe('#faq-card')
    history.replaceState(null, '', location.pathname)
    vi.restoreAllMocks()
  })
})
