import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, waitFor, within } from 'storybook/test'
import { FileAttachments, type FileAttachmentsProps } from '../src/components/FileAttachments'

/** Seed 004's bug report: screenshots and PDFs, five files of 10 MB at most. */
const limits = { maxFiles: 5, maxBytes: 10_485_760, accept: ['image/*', 'application/pdf'] }

/** A small made-up screenshot (a window with an error banner), drawn once on a canvas. */
function screenshotBytes(): Uint8Array<ArrayBuffer> {
  const canvas = document.createElement('canvas')
  canvas.width = 160
  canvas.height = 100
  const context = canvas.getContext('2d')!
  context.fillStyle = '#f4f5f7'
  context.fillRect(0, 0, 160, 100)
  context.fillStyle = '#4338ca'
  context.fillRect(0, 0, 160, 16)
  context.fillStyle = '#fee2e2'
  context.fillRect(12, 28, 136, 22)
  context.fillStyle = '#b42318'
  context.fillRect(18, 36, 90, 6)
  context.fillStyle = '#d3d7de'
  for (const y of [62, 74, 86]) context.fillRect(12, y, y === 86 ? 80 : 136, 5)
  const base64 = canvas.toDataURL('image/png').split(',')[1]!
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
}

let samples: File[] | undefined
/** The files a visitor has already attached: a screenshot and a PDF. */
function sampleFiles(): File[] {
  samples ??= [
    new File([screenshotBytes()], 'screenshot.png', { type: 'image/png' }),
    new File([new Uint8Array(245_000)], 'invoice-2026-03.pdf', { type: 'application/pdf' }),
  ]
  return samples
}

/** A file that says it is `size` bytes long without holding them (for limits in a story). */
function sized(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

/** The field with its own state, the way a form holds it. */
function Controlled({ value, onChange, ...props }: FileAttachmentsProps) {
  const [files, setFiles] = useState<readonly File[]>(value)
  return (
    <div style={{ maxWidth: 560 }}>
      <FileAttachments
        {...props}
        value={files}
        onChange={(next) => {
          setFiles(next)
          onChange(next)
        }}
      />
    </div>
  )
}

const meta = {
  title: 'Components/FileAttachments',
  component: FileAttachments,
  args: {
    id: 'ticket-attachments',
    label: 'Screenshots',
    hint: 'Show the whole screen, with the error message if there is one.',
    optional: true,
    limits,
    value: [],
    onChange: fn(),
  },
  render: (args) => <Controlled {...args} />,
  parameters: { provider: { locale: 'en' } },
} satisfies Meta<typeof FileAttachments>

export default meta
type Story = StoryObj<typeof meta>

/** Nothing attached yet: the file button, the drop zone and the limits. */
export const Empty: Story = {}

/** A screenshot (with its preview) and a PDF, each with its size and a remove button. */
export const WithFiles: Story = {
  render: (args) => <Controlled {...args} value={sampleFiles()} />,
}

/**
 * Files refused as they are dropped, one line each: too large, the wrong type, one too many.
 * The accepted photo joins the list.
 */
export const WithRejections: Story = {
  args: { limits: { maxFiles: 3, maxBytes: 10_485_760, accept: ['image/*', 'application/pdf'] } },
  render: (args) => <Controlled {...args} value={sampleFiles()} />,
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('[data-part="attachments-dropzone"]')!
    const dataTransfer = new DataTransfer()
    for (const file of [
      sized('report.mov', 'video/quicktime', 48_000_000),
      sized('notes.docx', 'application/msword', 20_000),
      sized('photo.jpg', 'image/jpeg', 1_800_000),
      sized('another-photo.jpg', 'image/jpeg', 2_100_000),
    ])
      dataTransfer.items.add(file)
    const init = { dataTransfer, bubbles: true, cancelable: true }
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(type, init))
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByText('photo.jpg')).toBeInTheDocument())
    const lines = canvasElement.querySelectorAll('[data-part="attachments-rejections"] li')
    await expect(Array.from(lines, (line) => line.textContent)).toEqual([
      'Error: report.mov is not an accepted type of file (image/* or application/pdf)',
      'Error: notes.docx is not an accepted type of file (image/* or application/pdf)',
      'Error: another-photo.jpg was not added: you can attach 3 files at most',
    ])
  },
}

/** A file over the size limit: "report.mov is 48 MB; the limit is 10 MB". */
export const TooLarge: Story = {
  args: { limits: { ...limits, accept: ['image/*', 'video/*', 'application/pdf'] } },
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('[data-part="attachments-dropzone"]')!
    const dataTransfer = new DataTransfer()
    dataTransfer.items.add(sized('report.mov', 'video/quicktime', 48_000_000))
    const init = { dataTransfer, bubbles: true, cancelable: true }
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(type, init))
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-part="attachments-rejections"]')).toHaveTextContent(
        /^Error: report\.mov is 48 MB; the limit is 10 MB$/,
      ),
    )
    await expect(canvasElement.querySelector('[data-part="attachment"]')).toBeNull()
  },
}

/** The form's inline error after a failed submit, GOV.UK style: "Error:" is read, not shown. */
export const InlineError: Story = {
  args: { optional: false, error: 'Attach at least one screenshot of the problem' },
}

/** Greek labels from the host; sizes in Greek number format ("9,5 MB"). */
export const Greek: Story = {
  args: {
    label: 'Στιγμιότυπα οθόνης',
    hint: 'Δείξτε ολόκληρη την οθόνη, μαζί με το μήνυμα σφάλματος.',
  },
  render: (args) => (
    <Controlled
      {...args}
      value={[...sampleFiles(), sized('καταγραφή.pdf', 'application/pdf', 9_500_000)]}
    />
  ),
  parameters: { provider: { locale: 'el' } },
}

/** Dark scheme with files and an error. */
export const Dark: Story = {
  args: { error: 'Attach at least one screenshot of the problem' },
  render: (args) => <Controlled {...args} value={sampleFiles()} />,
  parameters: { provider: { locale: 'en', theme: { colorScheme: 'dark' } } },
}

/** Arabic, right to left: the drop zone, the list and the remove buttons mirror. */
export const RightToLeft: Story = {
  args: { label: 'لقطات الشاشة', hint: 'أظهر الشاشة كاملة مع رسالة الخطأ.' },
  render: (args) => <Controlled {...args} value={sampleFiles()} />,
  parameters: { provider: { locale: 'ar' } },
}

/** While the form is sending: nothing can be added or removed. */
export const Disabled: Story = {
  args: { disabled: true },
  render: (args) => <Controlled {...args} value={sampleFiles()} />,
}
