import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixture } from '../../../test/fixtures'
import type { FaqConfig } from '../../config'
import { SupportHubProvider, type SupportHubProviderProps } from '../SupportHubProvider'
import { FaqAccordion, type FaqAccordionProps } from '.'

const faq: FaqConfig = {
  updated: '2025-04-23',
  categories: [
    {
      id: 'account',
      title: { en: 'Account', el: 'Λογαριασμός' },
      items: [
        {
          id: 'password',
          question: { en: 'I forgot my password', el: 'Ξέχασα τον κωδικό μου' },
          answer: 'Use **Forgot password** on the sign-in page.',
        },
        {
          id: 'delete',
          question: 'How do I delete my account?',
          answer:
            '1. Sign in\n2. Open *Settings*\n3. Choose [Delete account](https://example.com/delete)',
        },
      ],
    },
    {
      id: 'billing',
      title: 'Billing',
      items: [{ id: 'card', question: 'How do I change my card?', answer: 'Line one  \nline two' }],
    },
  ],
}

function setup(
  props: Partial<FaqAccordionProps> = {},
  provider: Partial<SupportHubProviderProps> = {},
) {
  const user = userEvent.setup()
  const utils = render(
    <SupportHubProvider locale="en" {...provider}>
      <FaqAccordion faq={faq} {...props} />
    </SupportHubProvider>,
  )
  return { user, ...utils }
}

describe('FaqAccordion', () => {
  it('puts every question in a button inside a level-3 heading by default', () => {
    setup()
    const headings = screen.getAllByRole('heading', { level: 3 })
    expect(headings).toHaveLength(3)
    expect(
      within(headings[0]!).getByRole('button', { name: 'I forgot my password' }),
    ).toBeInTheDocument()
  })

  it('uses the heading level the host asks for, with category titles one level above', () => {
    setup({ headingLevel: 4 })
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3)
    expect(screen.getByRole('heading', { level: 3, name: 'Account' })).toBeInTheDocument()
  })

  it('wires each question to its answer region with aria-controls and aria-labelledby', async () => {
    const { user } = setup()
    const button = screen.getByRole('button', { name: 'How do I delete my account?' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    const answer = document.getElementById(button.getAttribute('aria-controls')!)
    expect(answer).not.toBeNull()
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('region', { name: 'How do I delete my account?' })).toBe(answer)
  })

  it('keeps collapsed answers in the document, hidden', () => {
    setup()
    const answer = screen.getByText('Forgot password').closest('[data-part="faq-answer"]')
    expect(answer).toHaveAttribute('hidden')
    expect(answer).toHaveAttribute('data-state', 'closed')
  })

  it('lets several answers be open at once by default', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'I forgot my password' }))
    await user.click(screen.getByRole('button', { name: 'How do I change my card?' }))
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(2)
  })

  it('closes the open answer when another opens with type="single"', async () => {
    const { user } = setup({ type: 'single' })
    await user.click(screen.getByRole('button', { name: 'I forgot my password' }))
    await user.click(screen.getByRole('button', { name: 'How do I change my card?' }))
    expect(screen.getAllByRole('button', { expanded: true }).map((b) => b.textContent)).toEqual([
      'How do I change my card?',
    ])
    await user.click(screen.getByRole('button', { name: 'How do I change my card?' }))
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0)
  })

  it('opens the items in defaultValue at first', () => {
    setup({ defaultValue: ['card'] })
    expect(screen.getByRole('button', { name: 'How do I change my card?' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('follows a controlled value and reports changes through onValueChange', async () => {
    const onValueChange = vi.fn()
    function Controlled() {
      const [value, setValue] = useState<string[]>(['password'])
      return (
        <SupportHubProvider>
          <FaqAccordion
            faq={faq}
            value={value}
            onValueChange={(next) => {
              onValueChange(next)
              setValue(next.filter((id) => id !== 'delete'))
            }}
          />
        </SupportHubProvider>
      )
    }
    const user = userEvent.setup()
    render(<Controlled />)
    expect(screen.getByRole('button', { name: 'I forgot my password' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await user.click(screen.getByRole('button', { name: 'How do I delete my account?' }))
    expect(onValueChange).toHaveBeenLastCalledWith(['password', 'delete'])
    // The host refused to open "delete": the accordion follows the host.
    expect(screen.getByRole('button', { name: 'How do I delete my account?' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  })

  it('emits faq_opened once when a question opens, and nothing when it closes', async () => {
    const onEvent = vi.fn()
    const { user } = setup({}, { onEvent })
    const button = screen.getByRole('button', { name: 'How do I change my card?' })
    await user.click(button)
    await user.click(button)
    expect(onEvent).toHaveBeenCalledTimes(1)
    expect(onEvent).toHaveBeenCalledWith({
      type: 'faq_opened',
      itemId: 'card',
      categoryId: 'billing',
      source: 'user',
    })
  })

  it('shows one category when asked, without its title', () => {
    setup({ category: 'billing' })
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(1)
    expect(screen.queryByRole('heading', { name: 'Billing' })).not.toBeInTheDocument()
  })

  it('says so when the requested category has no questions', () => {
    setup({ category: 'missing' })
    expect(screen.getByText('There are no questions here yet.')).toBeInTheDocument()
  })

  it('renders answers as Markdown: bold, emphasis, ordered lists, links and line breaks', async () => {
    const { user } = setup({ defaultValue: ['password', 'delete', 'card'] })
    await user.click(screen.getByRole('button', { name: 'How do I change my card?' }))
    expect(screen.getByText('Forgot password').tagName).toBe('STRONG')
    expect(screen.getByText('Settings').tagName).toBe('EM')
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(screen.getByRole('link', { name: 'Delete account' })).toHaveAttribute(
      'href',
      'https://example.com/delete',
    )
  })

  it('resolves localized text in the provider locale and formats the update date', () => {
    setup({}, { locale: 'el' })
    expect(screen.getByRole('button', { name: 'Ξέχασα τον κωδικό μου' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Λογαριασμός' })).toBeInTheDocument()
    expect(screen.getByText(/^Τελευταία ενημέρωση: 23 Απριλίου 2025$/)).toBeInTheDocument()
  })

  it('lets the host override a UI message', () => {
    setup({}, { messages: { 'faq.updated': 'Reviewed {date}' } })
    expect(screen.getByText('Reviewed April 23, 2025')).toBeInTheDocument()
  })

  it('renders a seed FAQ in Greek with every category and question', () => {
    const config = fixture('faq-el-004')
    render(
      <SupportHubProvider locale={config.locale}>
        <FaqAccordion faq={config.faq} />
      </SupportHubProvider>,
    )
    const count = config.faq.categories.reduce((n, c) => n + c.items.length, 0)
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(count)
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(config.faq.categories.length)
  })

  it('keeps at most one answer open in single mode, even when given two', () => {
    setup({ type: 'single', defaultValue: ['password', 'card'] })
    const expanded = screen.getAllByRole('button', { expanded: true })
    expect(expanded.map((b) => b.textContent)).toEqual(['I forgot my password'])
    const card = screen.getByRole('button', { name: 'How do I change my card?' })
    expect(document.getElementById(card.getAttribute('aria-controls')!)).toHaveAttribute('hidden')
  })

  it('marks text that fell back to another language with its lang (WCAG 3.1.2)', () => {
    setup({ defaultValue: ['delete'] }, { locale: 'el' })
    // Greek exists: no lang of its own, it inherits the page's.
    expect(screen.getByText('Ξέχασα τον κωδικό μου')).not.toHaveAttribute('lang')
    // A map with only English: marked English.
    render(
      <SupportHubProvider locale="el">
        <FaqAccordion
          faq={{
            categories: [
              {
                id: 'c',
                title: { en: 'Only English' },
                items: [
                  {
                    id: 'q',
                    question: { en: 'English question' },
                    answer: { en: 'English answer' },
                  },
                ],
              },
            ],
          }}
          defaultValue={['q']}
          showCategoryTitles
        />
      </SupportHubProvider>,
    )
    expect(screen.getByText('English question')).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('heading', { name: 'Only English' })).toHaveAttribute('lang', 'en')
    expect(screen.getByText('English answer').closest('[lang]')).toHaveAttribute('lang', 'en')
  })

  describe('deep links', () => {
    afterEach(() => {
      history.replaceState(null, '', location.pathname)
    })

    it('opens the linked item once: closing it and re-rendering does not reopen it', async () => {
      history.replaceState(null, '', '#faq-card')
      const user = userEvent.setup()
      const onEvent = vi.fn()
      const view = (data: FaqConfig) => (
        <SupportHubProvider onEvent={onEvent}>
          <FaqAccordion faq={data} />
        </SupportHubProvider>
      )
      const { rerender } = render(view(faq))
      const card = screen.getByRole('button', { name: 'How do I change my card?' })
      expect(card).toHaveAttribute('aria-expanded', 'true')
      await user.click(card)
      expect(card).toHaveAttribute('aria-expanded', 'false')
      rerender(view(structuredClone(faq)))
      expect(card).toHaveAttribute('aria-expanded', 'false')
      expect(onEvent).toHaveBeenCalledTimes(1)
    })

    it('emits one faq_opened for a deep link under StrictMode', () => {
      history.replaceState(null, '', '#faq-delete')
      const onEvent = vi.fn()
      render(
        <StrictMode>
          <SupportHubProvider onEvent={onEvent}>
            <FaqAccordion faq={faq} />
          </SupportHubProvider>
        </StrictMode>,
      )
      expect(onEvent).toHaveBeenCalledTimes(1)
      expect(onEvent).toHaveBeenCalledWith(
        expect.objectContaining({ itemId: 'delete', source: 'deep-link' }),
      )
    })

    it('ignores a malformed or unknown hash', () => {
      history.replaceState(null, '', '#faq-%E0')
      setup()
      act(() => {
        window.location.hash = '#faq-not-there'
      })
      expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0)
    })
  })

  it('fails with a message naming the component when used outside SupportHubProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<FaqAccordion faq={faq} />)).toThrow(
      /FaqAccordion must be used inside <SupportHubProvider>/,
    )
    vi.restoreAllMocks()
  })
})
