'use client'
import { File as FileIcon, Paperclip, X } from '../icons/lineIcons'
import { LineIcon } from '../icons/LineIcon'
import {
  useEffect,
  useId,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
  type RefCallback,
} from 'react'
import { byteUnit, checkFiles, type AttachmentLimits, type Rejection } from '../../core/attachments'
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'

export interface FileAttachmentsProps {
  /**
   * The file input's id: an error summary links to `#id`, which moves focus to the file button.
   */
  id: string
  /** The field's label, e.g. "Screenshots". It names the file button. */
  label: ReactNode
  /** Help under the label, e.g. what the files should show. */
  hint?: ReactNode
  /**
   * Says "(optional)" after the label.
   * @default false
   */
  optional?: boolean
  /**
   * The most files, the largest size of one file and the accepted types
   * (`config.forms.*.attachments`). Files are checked against them as soon as they are chosen or
   * dropped, before any upload.
   */
  limits: AttachmentLimits
  /** The attached files (controlled). Use with `onChange`. */
  value: readonly File[]
  /** Called with the whole new list when files are added or one is removed. */
  onChange: (files: File[]) => void
  /**
   * The form's inline error for this field, e.g. after a failed submit. Shown under the label
   * with a visually hidden "Error:" prefix, and the input is marked `aria-invalid`. No
   * `role="alert"`: the form's error summary is what announces errors.
   */
  error?: string
  /**
   * Turns the file button, the drop zone and the remove buttons off (e.g. while sending).
   * @default false
   */
  disabled?: boolean
  /** Extra class names for the root element. */
  className?: string
}

/**
 * In a right-to-left UI, file names and MIME types (left to right, full of slashes and dots)
 * are isolated (U+2068 ... U+2069) so the sentence around them keeps its order.
 */
function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u2068${text}\u2069` : text
}

/** A file size in the locale's words ("9.5 MB"), with the provider's locale fallback. */
function formatBytes(bytes: number, intl: SupportHubContextValue['intl']): string {
  const { value, unit, digits } = byteUnit(bytes)
  return intl.formatNumber(value, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  })
}

/** One error line per refused file, in the locale's words. */
function rejectionMessage(
  { file, reason }: Rejection,
  limits: AttachmentLimits,
  { t, intl, dir }: SupportHubContextValue,
): string {
  const name = isolate(file.name, dir)
  switch (reason) {
    case 'too-large':
      return t('forms.files.tooLarge', {
        name,
        size: formatBytes(file.size, intl),
        limit: formatBytes(limits.maxBytes, intl),
      })
    case 'wrong-type':
      return t('forms.files.wrongType', {
        name,
        types: intl.formatList(
          limits.accept.map((type) => isolate(type, dir)),
          { type: 'disjunction' },
        ),
      })
    case 'too-many':
      return t('forms.files.tooMany', { name, max: limits.maxFiles })
  }
}

/** React keys for the list: stable per file, unique even if a host passes the same file twice. */
function fileKeys(files: readonly File[]): string[] {
  const counts = new Map<string, number>()
  return files.map((file) => {
    const base = `${file.name}:${String(file.size)}:${String(file.lastModified)}`
    const count = counts.get(base) ?? 0
    counts.set(base, count + 1)
    return count === 0 ? base : `${base}:${String(count)}`
  })
}

/**
 * An image's preview. The object URL is made after mount (never on the server) and revoked when
 * the file leaves the list or the field unmounts, so previews do not hold memory.
 */
function Thumbnail({ file }: { file: File }) {
  const ref = useRef<HTMLImageElement>(null)
  useEffect(() => {
    const image = ref.current
    if (!image || typeof URL.createObjectURL !== 'function') return
    const url = URL.createObjectURL(file)
    image.src = url
    return () => {
      image.removeAttribute('src')
      URL.revokeObjectURL(url)
    }
  }, [file])
  return (
    <img
      ref={ref}
      alt=""
      width={48}
      height={48}
      className="rsh-attachments__thumbnail"
      data-part="attachment-thumbnail"
    />
  )
}

/**
 * The attachments part of a form: a drop zone that is also a keyboard-operable file button, and
 * the list of attached files with their size, an image preview and a remove button.
 *
 * Files are checked when chosen or dropped, before any upload: accepted ones join the list, each
 * refused one gets one clear error line ("report.mov is 48 MB; the limit is 10 MB") until the next
 * selection. A polite live region says how many files are attached after each change. Removing a
 * file moves focus to the next remove button, or back to the file button.
 *
 * Controlled: the form owns `value` and takes the new list from `onChange`.
 */
export function FileAttachments({
  id,
  label,
  hint,
  optional = false,
  limits,
  value,
  onChange,
  error,
  disabled = false,
  className,
}: FileAttachmentsProps) {
  const hub = useSupportHub('FileAttachments')
  const { t, intl } = hub
  const baseId = useId()
  const labelId = `${baseId}-label`
  const chooseId = `${baseId}-choose`
  const hintId = `${baseId}-hint`
  const limitsId = `${baseId}-limits`
  const errorId = `${baseId}-error`
  const rejectionsId = `${baseId}-rejections`

  const inputRef = useRef<HTMLInputElement>(null)
  const removeButtons = useRef(new Map<File, HTMLButtonElement>())
  /** Where focus goes once the list without the removed file has rendered. */
  const pendingFocus = useRef<File | 'input' | null>(null)
  const [rejections, setRejections] = useState<readonly Rejection[]>([])
  // What the live region says after the last change: the count of files (unless nothing was
  // added) and, after an add, the refused files. Told in words at render, like the list.
  const [announcement, setAnnouncement] = useState<{ count?: number; rejected: boolean }>({
    rejected: false,
  })
  const [dragging, setDragging] = useState(false)
  // Entering a child of the zone fires before leaving the zone itself: count, don't toggle.
  const dragDepth = useRef(0)

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    pendingFocus.current = null
    const element = target === 'input' ? inputRef.current : removeButtons.current.get(target)
    ;(element ?? inputRef.current)?.focus()
  }, [value])

  const add = (files: readonly File[]) => {
    if (disabled || files.length === 0) return
    const { accepted, rejected } = checkFiles(value, files, limits)
    setRejections(rejected)
    if (accepted.length > 0) {
      setAnnouncement({ count: value.length + accepted.length, rejected: true })
      onChange([...value, ...accepted])
    } else {
      // The list is as it was: only what went wrong is news (nothing, for a file chosen again).
      setAnnouncement({ rejected: true })
    }
  }

  const remove = (index: number) => {
    const next = value.filter((_, at) => at !== index)
    pendingFocus.current = next[index] ?? 'input'
    setAnnouncement({ count: next.length, rejected: false })
    onChange(next)
  }

  const removeButtonRef =
    (file: File): RefCallback<HTMLButtonElement> =>
    (node) => {
      const buttons = removeButtons.current
      if (node) buttons.set(file, node)
      return () => {
        if (buttons.get(file) === node) buttons.delete(file)
      }
    }

  /** Only drags that carry files are taken (not a dragged link or text selection). */
  const carriesFiles = (event: DragEvent) =>
    !disabled && Array.from(event.dataTransfer.types).includes('Files')

  const onDragEnter = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    dragDepth.current += 1
    setDragging(true)
  }

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event)) return
    // Without this the browser would open the file instead of handing it to the drop.
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }

  const onDragLeave = () => {
    dragDepth.current = Math.max(0, dragDepth.current - 1)
    if (dragDepth.current === 0) setDragging(false)
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    dragDepth.current = 0
    setDragging(false)
    if (!carriesFiles(event)) return
    event.preventDefault()
    add(Array.from(event.dataTransfer.files))
  }

  const hasHint = hint !== undefined && hint !== null && hint !== false && hint !== ''
  const describedBy =
    [
      hasHint ? hintId : null,
      limitsId,
      error ? errorId : null,
      rejections.length > 0 ? rejectionsId : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined

  const keys = fileKeys(value)
  // One line per refused file: shown in the list and, after an add, announced.
  const rejectionLines = rejections.map((rejection) => rejectionMessage(rejection, limits, hub))
  const announced = [
    ...(announcement.count === undefined
      ? []
      : [t('forms.files.added', { count: announcement.count })]),
    ...(announcement.rejected ? rejectionLines : []),
  ]
  const invalid = Boolean(error) || rejections.length > 0
  const errorPrefix = (
    <>
      <span className="rsh-visually-hidden">{t('forms.errorPrefix')}</span>{' '}
    </>
  )

  return (
    <div
      className={className ? `rsh-attachments ${className}` : 'rsh-attachments'}
      data-part="attachments"
      data-invalid={invalid ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
    >
      <div id={labelId} className="rsh-attachments__label" data-part="attachments-label">
        {label}
        {optional && (
          <>
            {' '}
            <span className="rsh-attachments__optional">{t('forms.optional')}</span>
          </>
        )}
      </div>
      {hasHint && (
        <div id={hintId} className="rsh-attachments__hint" data-part="attachments-hint">
          {hint}
        </div>
      )}
      <p id={limitsId} className="rsh-attachments__limits" data-part="attachments-limits">
        {t('forms.files.limits', {
          max: limits.maxFiles,
          size: formatBytes(limits.maxBytes, intl),
        })}
      </p>
      {error && (
        <p id={errorId} className="rsh-attachments__error" data-part="attachments-error">
          {errorPrefix}
          {error}
        </p>
      )}
      {rejections.length > 0 && (
        <ul
          id={rejectionsId}
          className="rsh-attachments__rejections"
          data-part="attachments-rejections"
        >
          {rejections.map((rejection, index) => (
            <li key={index} className="rsh-attachments__error" data-reason={rejection.reason}>
              {errorPrefix}
              {rejectionLines[index]}
            </li>
          ))}
        </ul>
      )}
      {/* Dropping is a pointer shortcut; the file button inside is the same for everyone else. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- see above */}
      <div
        className="rsh-attachments__dropzone"
        data-part="attachments-dropzone"
        data-state={dragging ? 'over' : 'idle'}
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <input
          ref={inputRef}
          id={id}
          type="file"
          multiple={limits.maxFiles > 1}
          accept={limits.accept.length > 0 ? limits.accept.join(',') : undefined}
          disabled={disabled}
          className="rsh-attachments__input rsh-visually-hidden"
          data-part="attachments-input"
          // The field's label names it; the visible "Choose files" joins so speech input finds it.
          aria-labelledby={`${labelId} ${chooseId}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? [])
            // The list lives in `value`; emptied, the input can take the same file again later.
            event.currentTarget.value = ''
            add(files)
          }}
        />
        <label htmlFor={id} className="rsh-attachments__button" data-part="attachments-button">
          <LineIcon icon={Paperclip} size={18} strokeWidth={2} />
          <span id={chooseId}>{t('forms.files.choose')}</span>
        </label>
        <span className="rsh-attachments__drop-text">{t('forms.files.drop')}</span>
      </div>
      {value.length > 0 && (
        <ul className="rsh-attachments__list" data-part="attachments-list">
          {value.map((file, index) => (
            <li key={keys[index]} className="rsh-attachment" data-part="attachment">
              {file.type.toLowerCase().startsWith('image/') ? (
                <Thumbnail file={file} />
              ) : (
                <span className="rsh-attachments__thumbnail" data-part="attachment-icon">
                  <LineIcon icon={FileIcon} size={22} strokeWidth={1.75} />
                </span>
              )}
              <span className="rsh-attachment__body">
                <bdi className="rsh-attachment__name" data-part="attachment-name">
                  {file.name}
                </bdi>
                <span className="rsh-attachment__size" data-part="attachment-size">
                  {formatBytes(file.size, intl)}
                </span>
              </span>
              <button
                ref={removeButtonRef(file)}
                type="button"
                className="rsh-button rsh-attachment__remove"
                data-part="attachment-remove"
                disabled={disabled}
                onClick={() => remove(index)}
              >
                <LineIcon icon={X} size={18} strokeWidth={2} />
                <span className="rsh-visually-hidden">
                  {t('forms.files.remove', { name: file.name })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="rsh-visually-hidden" data-part="attachments-status">
        {announced.map((line, index) => (
          <span key={index}>{index > 0 ? ` ${line}` : line}</span>
        ))}
      </p>
    </div>
  )
}
