import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import { FaqAccordion, FaqSearch, FaqSearchBox, type FaqSearchBoxProps } from '../src'
import { fixture } from '../test/fixtures'

const english = fixture('faq-en')

/** The box keeps its own query here; a host keeps it in its state the same way. */
function ControlledBox(args: FaqSearchBoxProps) {
  const [query, setQuery] = useState(args.value)
  return (
    <FaqSearchBox
      {...args}
      value={query}
      onValueChange={(value) => {
        setQuery(value)
        args.onValueChange(value)
      }}
    />
  )
}

/** The box in a page header and the results further down, as `<SupportHub>` places them. */
function BoxApartFromResults(args: FaqSearchBoxProps) {
  const [query, setQuery] = useState(args.value)
  return (
    <>
      <header style={{ paddingBlockEnd: 24, borderBlockEnd: '1px solid currentColor' }}>
        <FaqSearchBox {...args} value={query} onValueChange={setQuery} />
      </header>
      <div style={{ paddingBlockStart: 24 }}>
        <FaqSearch faq={english.faq} value={query} showInput={false}>
          <FaqAccordion faq={english.faq} />
        </FaqSearch>
      </div>
    </>
  )
}

const meta = {
  title: 'Components/FaqSearchBox',
  component: FaqSearchBox,
  args: { value: '', onValueChange: fn(), onSubmit: fn() },
  parameters: { provider: { locale: 'en' } },
  render: (args) => <ControlledBox {...args} />,
} satisfies Meta<typeof FaqSearchBox>

export default meta
type Story = StoryObj<typeof meta>

/** The empty box: its label, and an example query as the placeholder. */
export const Empty: Story = {}

/** With a query, "Clear search" appears: it empties the box and leaves the focus in it. */
export const WithQuery: Story = {
  args: { value: 'refund' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }))
    const box = canvas.getByRole('searchbox', { name: 'Search the FAQ' })
    await expect(box).toHaveValue('')
    await expect(box).toHaveFocus()
    await expect(args.onValueChange).toHaveBeenLastCalledWith('')
    await expect(canvas.queryByRole('button', { name: 'Clear search' })).toBeNull()
  },
}

/** Enter keeps the page where it is and calls `onSubmit` (results already follow the typing). */
export const EnterSubmits: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox'), 'invoice{Enter}')
    await expect(args.onSubmit).toHaveBeenCalledOnce()
    await expect(canvas.getByRole('searchbox')).toHaveValue('invoice')
  },
}

/** Greek interface. */
export const Greek: Story = {
  args: { value: 'κωδικός' },
  parameters: { provider: { locale: 'el' } },
}

/** The box apart from the results: `<FaqSearch value={query} showInput={false}>` below it. */
export const ApartFromResults: Story = {
  render: (args) => <BoxApartFromResults {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox'), 'invoice')
    await expect(canvas.getByRole('button', { name: /How can I get an invoice\?/ })).toBeVisible()
    await expect(canvas.getAllByRole('searchbox')).toHaveLength(1)
  },
}
