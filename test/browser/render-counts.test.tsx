import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { SupportHub } from '../../src/components/SupportHub'
import { parseSectionedConfig } from '../../src/config'
import example004 from '../../examples/004-el-company-faq.json'

/** A fixed weekday morning in Athens, so opening hours are the same on every run. */
const NOW = new Date('2026-11-18T09:30:00Z')

afterEach(() => {
  window.localStorage.clear()
  history.replaceState(null, '', window.location.pathname)
})

/**
 * What was rendered, seen from outside: a component reads its part of the config when it renders,
 * so the config of 004 is handed over with its sections and each FAQ question behind proxies that
 * count the reads. No timing, no hooks inside the components.
 */
function watchedConfig() {
  const reads = new Map<string, number>()
  const proxies = new WeakMap<object, object>()
  // `id` is read by whatever lists the questions (keys, which are open), not by a render of one.
  const watch = <T,>(value: T, label: string): T => {
    if (typeof value !== 'object' || value === null) return value
    // One proxy per object, so memoised components see the same identity on every read.
    const known = proxies.get(value)
    if (known) return known as T
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key !== 'id') reads.set(label, (reads.get(label) ?? 0) + 1)
        return watch(Reflect.get(target, key, receiver) as unknown, label)
      },
    })
    proxies.set(value, proxy)
    return proxy
  }
  const parsed = parseSectionedConfig(structuredClone(example004))
  const config = parsed.config!
  for (const category of config.faq!.categories) {
    category.items = category.items.map((item) => watch(item, `faq:${item.id}`))
  }
  config.channels = watch(config.channels, 'channels')
  config.sla = watch(config.sla, 'sla')
  config.plans = watch(config.plans, 'plans')
  config.payments = watch(config.payments, 'payments')
  const readLabels = () => [...reads.keys()].sort()
  return { parsed, reads, readLabels }
}

describe('what a keystroke or a click re-renders in <SupportHub>', () => {
  it('typing in the header search renders neither the hidden FAQ nor the other sections', async () => {
    const { parsed, reads, readLabels } = watchedConfig()
    render(<SupportHub config={parsed} now={NOW} />)
    const box = within(screen.getByRole('search')).getByRole('searchbox')
    // The first letter builds the search index, which reads every question once.
    await userEvent.type(box, 'z')
    await waitFor(() =>
      expect(document.querySelector('[data-part="faq-search-empty"]')).not.toBeNull(),
    )
    // The proxies are in place: the index read the questions through them.
    expect(readLabels()).toContain('faq:who-we-are')
    reads.clear()
    // No question matches any of these prefixes: no result renders, so nothing should be read.
    await userEvent.type(box, 'zzzzzzzzz')
    expect(box).toHaveValue('zzzzzzzzzz')
    expect(readLabels()).toEqual([])
  })

  it('opening a question renders that question only, of all the questions', async () => {
    const { parsed, reads, readLabels } = watchedConfig()
    // Only the questions: other sections render once more after mount (the reader's time zone).
    const faqLabels = () => readLabels().filter((label) => label.startsWith('faq:'))
    render(<SupportHub config={parsed} now={NOW} />)
    const faq = document.getElementById('faq')!
    const questions = within(faq).getAllByRole('button', { expanded: false })
    expect(questions.length).toBeGreaterThan(5)
    const question = questions[2]!
    // The item's anchor is `faq-<id>`.
    const label = question.closest('[data-part="faq-item"]')!.id.replace(/^faq-/, 'faq:')
    reads.clear()
    await userEvent.click(question)
    await waitFor(() => expect(question).toHaveAttribute('aria-expanded', 'true'))
    expect(faqLabels()).toEqual([label])
    // And closing it again.
    reads.clear()
    await userEvent.click(question)
    await waitFor(() => expect(question).toHaveAttribute('aria-expanded', 'false'))
    expect(faqLabels()).toEqual([label])
  })
})
