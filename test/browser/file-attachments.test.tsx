import { screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { commands, userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FileAttachments, type FileAttachmentsProps } from '../../src/components/FileAttachments'
import type { AttachmentLimits } from '../../src/core/attachments'
import { expectNoAxeViolations } from '../axe'
import { renderInPage } from '../render'

const limits: AttachmentLimits = {
  maxFiles: 3,
  maxBytes: 10_000,
  accept: ['image/*', 'application/pdf', '.log'],
}

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null })
})

type Props = Partial<Omit<FileAttachmentsProps, 'value' | 'onChange'>> & {
  initial?: File[]
  onChange?: (files: File[]) => void
}

function Field({ initial = [], onChange, ...props }: Props) {
  const [files, setFiles] = useState<readonly File[]>(initial)
  return (
    <FileAttachments
      id="attachments"
      label="Screenshots"
      hint="Show the whole screen, with the error message."
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

function renderField(props: Props = {}, locale = 'en') {
  const result = renderInPage(<Field {...props} />, { locale })
  const input = document.getElementById('attachments') as HTMLInputElement
  const names = () =>
    Array.from(document.querySelectorAll('[data-part="attachment-name"]'), (n) => n.textContent)
  return { ...result, input, names }
}

/** A real 8 x 8 PNG, drawn on a canvas. */
async function png(name: string): Promise<File> {
  const canvas = document.createElement('canvas')
  canvas.width = 8
  canvas.height = 8
  const context = canvas.getContext('2d')!
  context.fillStyle = '#4338ca'
  context.fillRect(0, 0, 8, 8)
  const blob = await new Promise<Blob>((resolve) => {
    canvas.toBlob((made) => resolve(made!), 'image/png')
  })
  return new File([blob], name, { type: 'image/png' })
}

const pdf = (name: string, bytes = 1200) =>
  new File([new Uint8Array(bytes)], name, { type: 'application/pdf' })

/** Drags `files` over the zone and drops them, as a file manager does. */
function drop(zone: Element, files: File[]) {
  const dataTransfer = new DataTransfer()
  for (const file of files) dataTransfer.items.add(file)
  const init = { dataTransfer, bubbles: true, cancelable: true }
  zone.dispatchEvent(new DragEvent('dragenter', init))
  const over = new DragEvent('dragover', init)
  zone.dispatchEvent(over)
  // Taking the drag over is what lets the browser drop here instead of opening the file.
  expect(over.defaultPrevented).toBe(true)
  zone.dispatchEvent(new DragEvent('drop', init))
}

describe('FileAttachments in Chromium', () => {
  it('reaches the file button with Tab, shows its focus, and opens the chooser with Enter or Space', async () => {
    const { input } = renderField()
    const button = document.querySelector('[data-part="attachments-button"]')!
    const clicks = vi.fn((event: Event) => {
      // The test only needs to see the chooser asked for, not a native dialog.
      event.preventDefault()
    })
    input.addEventListener('click', clicks)
    document.body.focus()
    await userEvent.keyboard('{Tab}')
    expect(input).toHaveFocus()
    expect(input).toHaveAccessibleName('Screenshots Choose files')
    expect(getComputedStyle(button).outlineStyle).toBe('solid')
    expect(getComputedStyle(button).outlineWidth).toBe('2px')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1))
    await userEvent.keyboard(' ')
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(2))
    expect(input).toHaveFocus()
  })

  it('lists the files chosen, and removes one from the keyboard, focus moving on', async () => {
    const onChange = vi.fn()
    const { input, names } = renderField({ onChange })
    const status = document.querySelector('[data-part="attachments-status"]')!
    await userEvent.upload(input, [await png('screenshot.png'), pdf('invoice.pdf')])
    await waitFor(() => expect(names()).toEqual(['screenshot.png', 'invoice.pdf']))
    expect(status).toHaveTextContent('2 files attached')
    expect(screen.getByText('1.2 kB')).toBeInTheDocument()

    screen.getByRole('button', { name: 'Remove screenshot.png' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(names()).toEqual(['invoice.pdf'])
    expect(screen.getByRole('button', { name: 'Remove invoice.pdf' })).toHaveFocus()
    await userEvent.keyboard(' ')
    expect(names()).toEqual([])
    expect(input).toHaveFocus()
    expect(status).toHaveTextContent('0 files attached')
    expect(onChange).toHaveBeenLastCalledWith([])
  })

  it('adds files dropped on the zone', async () => {
    const { names } = renderField()
    const zone = document.querySelector('[data-part="attachments-dropzone"]')!
    drop(zone, [pdf('dropped.pdf'), await png('dropped.png')])
    await waitFor(() => expect(names()).toEqual(['dropped.pdf', 'dropped.png']))
    expect(zone).toHaveAttribute('data-state', 'idle')
  })

  it('refuses a file over the size limit with its message, and never lists it', async () => {
    const onChange = vi.fn()
    const { input, names } = renderField({ onChange })
    await userEvent.upload(input, [pdf('report.pdf', 48_000)])
    const rejections = await waitFor(() => {
      const list = document.querySelector('[data-part="attachments-rejections"]')
      expect(list).not.toBeNull()
      return list
    })
    expect(rejections).toHaveTextContent('Error: report.pdf is 48 kB; the limit is 10 kB')
    expect(input).toHaveAccessibleDescription(
      'Show the whole screen, with the error message. Up to 3 files, 10 kB each Error: report.pdf is 48 kB; the limit is 10 kB',
    )
    expect(names()).toEqual([])
    expect(onChange).not.toHaveBeenCalled()
    // The prefix is for screen readers; sighted readers see the message in the error style.
    const prefix = screen.getAllByText('Error:')[0]!
    expect(prefix.getBoundingClientRect().width).toBeLessThanOrEqual(1)
  })

  it('shows a thumbnail of an image from an object URL, and none for a PDF', async () => {
    const { input } = renderField()
    await userEvent.upload(input, [await png('screenshot.png'), pdf('invoice.pdf')])
    const thumbnail = await waitFor(() => {
      const image = document.querySelector<HTMLImageElement>(
        'img[data-part="attachment-thumbnail"]',
      )
      expect(image?.src).toMatch(/^blob:/)
      return image!
    })
    await thumbnail.decode()
    expect(thumbnail.naturalWidth).toBe(8)
    expect(thumbnail.getBoundingClientRect().width).toBe(48)
    expect(document.querySelectorAll('img[data-part="attachment-thumbnail"]')).toHaveLength(1)
  })

  it('gives the file button and every remove button a 44 px target', async () => {
    renderField({ initial: [await png('a.png'), pdf('b.pdf')] })
    const targets = [
      document.querySelector('[data-part="attachments-button"]')!,
      ...screen.getAllByRole('button', { name: /^Remove / }),
    ]
    for (const target of targets) {
      const box = target.getBoundingClientRect()
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(box.width).toBeGreaterThanOrEqual(44)
    }
  })

  for (const [name, scheme, locale] of [
    ['light', 'light', 'en'],
    ['dark', 'dark', 'en'],
    ['right to left, dark', 'dark', 'ar'],
    ['Greek, light', 'light', 'el'],
  ] as const) {
    it(`has no axe violations with files, an inline error and a refused file: ${name}`, async () => {
      await commands.emulateMedia({ colorScheme: scheme })
      const { container, input } = renderField(
        {
          initial: [await png('screenshot.png'), pdf('invoice.pdf')],
          error: 'Attach a screenshot of the error',
          optional: true,
        },
        locale,
      )
      if (locale === 'ar') expect(container.querySelector('[dir="rtl"]')).not.toBeNull()
      await userEvent.upload(input, [new File(['x'], 'clip.mov', { type: 'video/quicktime' })])
      await waitFor(() =>
        expect(document.querySelector('[data-part="attachments-rejections"]')).not.toBeNull(),
      )
      await expectNoAxeViolations(container)
    })
  }
})
