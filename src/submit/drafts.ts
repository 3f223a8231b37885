import { readStored, removeStored, writeStored } from '../internal/storage'

/** A value a draft keeps: what a text, select, radio, checkbox, date or number field holds. */
export type DraftValue = string | number | boolean
export type DraftValues = Record<string, DraftValue>

export interface DraftOptions {
  /** Fields never stored (passwords, card numbers, anything marked `sensitive`). */
  exclude?: readonly string[]
}

interface StoredDraft {
  version: 1
  values: DraftValues
}

const storageKey = (formId: string) => `draft:${formId}`

function isStoredDraft(value: unknown): value is StoredDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === 1 &&
    'values' in value &&
    typeof value.values === 'object' &&
    value.values !== null &&
    !Array.isArray(value.values)
  )
}

function isDraftValue(value: unknown): value is DraftValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

/** Only plain values, never files or objects, and never an excluded field. */
function draftValues(values: object, exclude: readonly string[] = []): DraftValues {
  // fromEntries defines own properties, so a field named "__proto__" stays a field.
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, DraftValue] =>
        isDraftValue(entry[1]) && !exclude.includes(entry[0]),
    ),
  )
}

/** True when a draft holds something the person typed or chose, not just empty fields. */
function hasInput(values: DraftValues): boolean {
  return Object.values(values).some((value) => value !== '' && value !== false)
}

/**
 * Stores what is typed into form `formId` in localStorage: strings, numbers and booleans only,
 * never files, never the `exclude`d fields. A form with nothing filled in clears its draft.
 * Never throws: where storage is missing, blocked or full, the draft is simply not kept.
 */
export function saveDraft(formId: string, values: object, options: DraftOptions = {}): void {
  const kept = draftValues(values, options.exclude)
  if (!hasInput(kept)) {
    clearDraft(formId)
    return
  }
  writeStored(storageKey(formId), { version: 1, values: kept } satisfies StoredDraft)
}

/**
 * The draft of form `formId`, or `undefined`. Values of any other type are dropped, and so are
 * `exclude`d fields (a field may have been marked sensitive after a draft was saved).
 */
export function loadDraft(formId: string, options: DraftOptions = {}): DraftValues | undefined {
  const stored = readStored(storageKey(formId), isStoredDraft)
  if (!stored) return undefined
  const values = draftValues(stored.values, options.exclude)
  return hasInput(values) ? values : undefined
}

/** Forgets the draft of form `formId` (after a successful send, or "Discard"). */
export function clearDraft(formId: string): void {
  removeStored(storageKey(formId))
}

export interface DraftSaver {
  /** Saves `values` once typing pauses for `delayMs`; each call restarts the wait. */
  save(values: object): void
  /** Saves the pending values now (on blur, on page hide). */
  flush(): void
  /** Drops the pending values without saving (on a successful send). */
  cancel(): void
}

export interface DraftSaverOptions extends DraftOptions {
  /**
   * The pause in typing before the draft is saved.
   * @default 500
   */
  delayMs?: number
}

/** A debounced {@link saveDraft} for form `formId`. */
export function createDraftSaver(formId: string, options: DraftSaverOptions = {}): DraftSaver {
  const { delayMs = 500, exclude } = options
  let pending: DraftValues | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const cancel = () => {
    clearTimeout(timer)
    timer = undefined
    pending = undefined
  }
  const flush = () => {
    const values = pending
    cancel()
    if (values) saveDraft(formId, values)
  }
  return {
    save(values) {
      // A copy now: the form may change (or reuse) its values object before the wait ends.
      pending = draftValues(values, exclude)
      clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    flush,
    cancel,
  }
}
