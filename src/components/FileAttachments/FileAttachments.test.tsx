import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AttachmentLimits } from '../../core/attachments'
import { SupportHubProvider } from '../SupportHubProvider'
import { FileAttachments, type FileAttachmentsProps } from '.'

const MB = 1_000_000
const limits: AttachmentLimits = {
  maxFiles: 3,
  maxBytes: 10_485_760,
  accept: ['image/*', 'application/pdf', '.log'],
}

/** A file that reports `size` bytes without holding them. */
function file(name: string, type: string, size = 2048): File {
  const made = new File(['x'], name, { type, lastModified: 1_700_000_000_000 })
  Object.defineProperty(made, 'size', { value: size })
  return made
}

type Props = Partial<Omit<FileAttachmentsProps, 'value'>> & { initial?: File[] }

function Field({ initial = [], onChange, ...props }: Props) {
  const [files, setFiles] = useState<readonly File[]>(initial)
  return (
    <FileAttachments
      id="attachments"
      label="Screenshots"
      limits={limits}
      value={files}
      onChange={(next) => {
        setFiles(next)
        onChange?.(next)
      }}
      {...props}
    />
  )
}

function setup(props: Props = {}) {
  // The chooser would filter by `accept`; these tests hand over what a drop could bring.
  const user = userEvent.setup({ applyAccept: false })
  render(
    <SupportHubProvider locale="en">
      <Field {...props} />
    </SupportHubProvider>,
  )
  const input = document.getElementById('attachments') as HTMLInputElement
  const status = document.querySelector('[data-part="attachments-status"]')!
  const names = () =>
    Array.from(document.querySelectorAll('[data-part="attachment-name"]'), (n) => n.textContent)
  return { user, input, status, names }
}

const createObjectURL = vi.fn((blob: Blob) => `blob:test/${(blob as File).name}`)
const revokeObjectURL = vi.fn()

beforeEach(() => {
  // jsdom has no object URLs.
  Object.assign(URL, { createObjectURL, revokeObjectURL })
})

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
  vi.clearAllMocks()
})

describe('FileAttachments', () => {
  it('is a file input named by its label and the visible button, described by the limits', () => {
    const { input } = setup({ optional: true })
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAttribute('multiple')
    expect(input).toHaveAttribute('accept', 'image/*,application/pdf,.log')
    expect(input).toHaveAccessibleName('Screenshots (optional) Choose files')
    expect(input).toHaveAccessibleDescription('Up to 3 files, 10 MB each')
    expect(screen.getByText('or drop them here')).toBeInTheDocument()
  })

  it('adds chosen files to the list with their size and says how many are attached', async () => {
    const onChange = vi.fn()
    const { user, input, status, names } = setup({ onChange })
    const shot = file('screenshot.png', 'image/png', 512_000)
    const log = file('console.log', '', 9_500_000)
    await user.upload(input, [shot, log])
    expect(onChange).toHaveBeenLastCalledWith([shot, log])
    expect(names()).toEqual(['screenshot.png', 'console.log'])
    const list = screen.getByRole('list')
    expect(within(list).getByText('512 kB')).toBeInTheDocument()
    expect(within(list).getByText('9.5 MB')).toBeInTheDocument()
    expect(status).toHaveAttribute('role', 'status')
    expect(status).toHaveTextContent(/^2 files attached$/)
  })

  it('shows an image preview, and no preview for other files', async () => {
    const { user, input } = setup()
    await user.upload(input, [
      file('screenshot.png', 'image/png'),
      file('r.pdf', 'application/pdf'),
    ])
    const previews = document.querySelectorAll('img[data-part="attachment-thumbnail"]')
    expect(previews).toHaveLength(1)
    expect(previews[0]).toHaveAttribute('src', 'blob:test/screenshot.png')
    expect(previews[0]).toHaveAttribute('alt', '')
  })

  it('refuses each file that breaks a limit with one clear line, before anything is sent', async () => {
    const onChange = vi.fn()
    const two = [file('1.png', 'image/png'), file('2.png', 'image/png')]
    const { user, input, names, status } = setup({ initial: two, onChange })
    await user.upload(input, [
      file('report.mov', 'video/quicktime', 48 * MB),
      file('huge.png', 'image/png', 48 * MB),
      file('ok.pdf', 'application/pdf'),
      file('late.pdf', 'application/pdf'),
    ])
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(names()).toEqual(['1.png', '2.png', 'ok.pdf'])
    const lines = Array.from(
      document.querySelectorAll('[data-part="attachments-rejections"] li'),
      (line) => line.textContent,
    )
    expect(lines).toEqual([
      'Error: report.mov is not an accepted type of file (image/*, application/pdf, or .log)',
      'Error: huge.png is 48 MB; the limit is 10 MB',
      'Error: late.pdf was not added: you can attach 3 files at most',
    ])
    expect(input).toHaveAccessibleDescription(`Up to 3 files, 10 MB each ${lines.join(' ')}`)
    expect(status).toHaveTextContent(
      '3 files attached report.mov is not an accepted type of file (image/*, application/pdf, or .log) huge.png is 48 MB; the limit is 10 MB late.pdf was not added',
    )
  })

  it('says "report.mov is 48 MB; the limit is 10 MB" for a file that is only too large', async () => {
    const { user, input, names } = setup({ limits: { ...limits, accept: [] } })
    await user.upload(input, file('report.mov', 'video/quicktime', 48 * MB))
    expect(names()).toEqual([])
    const rejections = document.querySelector('[data-part="attachments-rejections"]')!
    expect(rejections).toHaveTextContent(/^Error: report\.mov is 48 MB; the limit is 10 MB$/)
  })

  it('isolates file names and types in a right-to-left UI so the sentence keeps its order', () => {
    render(
      <SupportHubProvider locale="ar">
        <Field />
      </SupportHubProvider>,
    )
    const zone = document.querySelector('[data-part="attachments-dropzone"]')!
    const files = [file('report.mov', 'video/quicktime')]
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } })
    const line = document.querySelector('[data-part="attachments-rejections"] li')!
    expect(line.textContent).toContain('\u2068report.mov\u2069')
    expect(line.textContent).toContain('\u2068image/*\u2069')
  })

  it('keeps the error lines until the next selection only', async () => {
    const { user, input } = setup()
    await user.upload(input, file('report.mov', 'video/quicktime'))
    const rejections = () => document.querySelector('[data-part="attachments-rejections"]')
    expect(rejections()).toHaveTextContent(/report\.mov is not an accepted type/)
    await user.upload(input, file('fine.png', 'image/png'))
    expect(rejections()).toBeNull()
    expect(input).toHaveAccessibleDescription('Up to 3 files, 10 MB each')
  })

  it('skips a file that is already attached, without an error', async () => {
    const { user, input, names } = setup()
    const shot = file('screenshot.png', 'image/png')
    await user.upload(input, shot)
    await user.upload(input, file('screenshot.png', 'image/png'))
    expect(names()).toEqual(['screenshot.png'])
    expect(document.querySelector('[data-part="attachments-rejections"]')).toBeNull()
  })

  it('adds files dropped on the zone', () => {
    const { names } = setup()
    const zone = document.querySelector('[data-part="attachments-dropzone"]')!
    const files = [file('drop.png', 'image/png')]
    const dataTransfer = { files, types: ['Files'], dropEffect: 'none' }
    fireEvent.dragEnter(zone, { dataTransfer })
    expect(zone).toHaveAttribute('data-state', 'over')
    fireEvent.drop(zone, { dataTransfer })
    expect(zone).toHaveAttribute('data-state', 'idle')
    expect(names()).toEqual(['drop.png'])
  })

  it('removes a file, moving focus to the next remove button, then back to the file button', async () => {
    const { user, input, names, status } = setup({
      initial: [file('a.png', 'image/png'), file('b.pdf', 'application/pdf')],
    })
    await user.click(screen.getByRole('button', { name: 'Remove a.png' }))
    expect(names()).toEqual(['b.pdf'])
    expect(screen.getByRole('button', { name: 'Remove b.pdf' })).toHaveFocus()
    expect(status).toHaveTextContent(/^1 file attached$/)
    await user.keyboard('{Enter}')
    expect(names()).toEqual([])
    expect(input).toHaveFocus()
    expect(status).toHaveTextContent(/^0 files attached$/)
  })

  it('revokes an image preview’s object URL when the file is removed or the field unmounts', async () => {
    const { user } = setup({
      initial: [file('a.png', 'image/png'), file('b.png', 'image/png')],
    })
    await user.click(screen.getByRole('button', { name: 'Remove a.png' }))
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/a.png')
    expect(revokeObjectURL).not.toHaveBeenCalledWith('blob:test/b.png')
    const { unmount } = render(
      <SupportHubProvider>
        <Field initial={[file('c.png', 'image/png')]} id="other" />
      </SupportHubProvider>,
    )
    unmount()
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/c.png')
  })

  it('points aria-describedby only at the hint, limits and errors that are rendered', async () => {
    const { user, input } = setup({ hint: 'Show the whole screen', error: 'Attach a screenshot' })
    const ids = () => input.getAttribute('aria-describedby')!.split(' ')
    expect(ids()).toHaveLength(3)
    for (const id of ids()) expect(document.getElementById(id)).not.toBeNull()
    expect(input).toHaveAccessibleDescription(
      'Show the whole screen Up to 3 files, 10 MB each Error: Attach a screenshot',
    )
    await user.upload(input, file('x.mov', 'video/quicktime'))
    expect(ids()).toHaveLength(4)
    for (const id of ids()) expect(document.getElementById(id)).not.toBeNull()
  })

  it('shows the form’s inline error with a visually hidden "Error:" prefix and no alert role', () => {
    const { input } = setup({ error: 'Attach a screenshot of the error' })
    const error = screen.getByText('Attach a screenshot of the error', { exact: false })
    expect(error).toHaveTextContent('Error: Attach a screenshot of the error')
    expect(within(error).getByText('Error:')).toHaveClass('rsh-visually-hidden')
    expect(error).not.toHaveAttribute('role')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })

  it('takes no files while disabled', async () => {
    const onChange = vi.fn()
    const { user, input } = setup({
      disabled: true,
      onChange,
      initial: [file('a.png', 'image/png')],
    })
    expect(input).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Remove a.png' })).toBeDisabled()
    await user.upload(input, file('b.png', 'image/png'))
    const zone = document.querySelector('[data-part="attachments-dropzone"]')!
    fireEvent.drop(zone, {
      dataTransfer: { files: [file('c.png', 'image/png')], types: ['Files'] },
    })
    expect(onChange).not.toHaveBeenCalled()
  })

  it('names itself when used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() =>
      render(
        <FileAttachments id="f" label="Files" limits={limits} value={[]} onChange={vi.fn()} />,
      ),
    ).toThrow(/FileAttachments must be used inside <SupportHubProvider>/)
  })

  it('shows sizes under a locale Intl cannot read (the provider falls back to English)', () => {
    render(
      <SupportHubProvider locale="en_US!">
        <Field initial={[file('shot.png', 'image/png', 9.5 * MB)]} />
      </SupportHubProvider>,
    )
    expect(document.querySelector('[data-part="attachment-size"]')).toHaveTextContent('9.5 MB')
  })
})
