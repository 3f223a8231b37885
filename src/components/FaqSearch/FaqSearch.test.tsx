import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fixture } from '../../../test/fixtures'
import { FaqCategories } from '../FaqCategories'
import { SupportHubProvider } from '../SupportHubProvider'
import { FaqSearch } from '.'

const greek = fixture('faq-el-004')

function setup(onEvent = vi.fn()) {
  const user = userEvent.setup()
  render(
    <SupportHubProvider locale="el" onEvent={onEvent}>
      <FaqSearch faq={greek.faq} debounceMs={50} contactHref="#channels">
        <FaqCategories faq={greek.faq} />
      </FaqSearch>
    </SupportHubProvider>,
  )
  const box = screen.getByRole('searchbox', { name: 'Αναζήτηση στις συχνές ερωτήσεις' })
  return { user, onEvent, box }
}

const questionButtons = () =>
  screen.getAllByRole('button').filter((button) => button.hasAttribute('aria-expanded'))

describe('FaqSearch', () => {
  it('is a labelled search landmark that shows the FAQ until something is typed', () => {
    setup()
    expect(
      screen.getByRole('search', { name: 'Αναζήτηση στις συχνές ερωτήσεις' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('tablist')).toBeInTheDocument()
  })

  it('filters as you type, without accents, highlighting the matched words and naming each category', async () => {
    const { user, box } = setup()
    await user.type(box, 'κωδικο')
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    const results = questionButtons()
    expect(results.length).toBeGreaterThan(0)
    const marks = results[0]!.querySelectorAll('mark')
    expect(marks.length).toBeGreaterThan(0)
    expect(marks[0]!.textContent.toLowerCase()).toMatch(/^κωδικ/)
    const item = results[0]!.closest('[data-part="faq-item"]')!
    expect(within(item as HTMLElement).getByText(/^Στην κατηγορία /)).toBeInTheDocument()
  })

  it('announces the count politely once typing pauses and sends faq_searched', async () => {
    const { user, box, onEvent } = setup()
    await user.type(box, 'κωδικο')
    const status = document.querySelector('[data-part="faq-search-status"]')
    expect(status).toHaveAttribute('role', 'status')
    await waitFor(() => expect(status).toHaveTextContent(/^\d+ αποτελέσματα?$/))
    const count = questionButtons().length
    expect(onEvent).toHaveBeenCalledTimes(1)
    expect(onEvent).toHaveBeenCalledWith({
      type: 'faq_searched',
      query: 'κωδικο',
      resultCount: count,
    })
  })

  it("never announces the previous search's count for a new one", async () => {
    const { user, box } = setup()
    await user.type(box, 'κωδικο')
    const status = document.querySelector('[data-part="faq-search-status"]')
    await waitFor(() => expect(status).toHaveTextContent(/αποτελέσματ/))
    await user.clear(box)
    await user.type(box, 'π')
    expect(status).toHaveTextContent('')
  })

  it('reports zero-result searches and offers to contact support', async () => {
    const { user, box, onEvent } = setup()
    await user.type(box, 'qqqzzz')
    expect(screen.getByText('Δεν βρέθηκαν απαντήσεις για «qqqzzz»')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Επικοινωνία με την υποστήριξη' })).toHaveAttribute(
      'href',
      '#channels',
    )
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith({
        type: 'faq_searched',
        query: 'qqqzzz',
        resultCount: 0,
      }),
    )
  })

  it('clears with Escape or the clear button, bringing the FAQ back', async () => {
    const { user, box } = setup()
    await user.type(box, 'πληρωμή')
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    expect(screen.getByRole('tablist')).toBeInTheDocument()
    await user.type(box, 'πληρωμή')
    await user.click(screen.getByRole('button', { name: 'Καθαρισμός αναζήτησης' }))
    expect(box).toHaveValue('')
    expect(box).toHaveFocus()
  })
})
