/**
 * Form rules from field config (no React): which fields show, what a value must be, and soft
 * recommendations. The zod schema is built at runtime from the fields, so the same rules serve
 * the submit, the checks on blur after a first submit, and a server that re-checks a request.
 */
import * as z from 'zod/mini'
import type { AttachmentsConfig, FormField } from '../../config/schema'

/** What a form holds: text, a choice, a tick, a number, or files. */
export type FormValue = string | number | boolean | readonly File[] | undefined
export type FormValues = Readonly<Record<string, FormValue>>

/** One problem with one field; `code` picks the message, `params` fill it. */
export interface FieldError {
  fieldId: string
  code:
    | 'required'
    | 'requiredChoice'
    | 'requiredCheckbox'
    | 'minLength'
    | 'maxLength'
    | 'email'
    | 'pattern'
    | 'number'
    | 'min'
    | 'max'
    | 'date'
    | 'dateFuture'
  params: Record<string, string | number>
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * A form's built-in fields with the config's own: a config field takes the place of the built-in
 * one with its id (its first place, when the built-in one has two definitions that never show
 * together), or is added at the end. Without `attachments`, `file` fields are dropped: files are
 * only taken with their limits, and a required file field that cannot show would block sending.
 */
export function mergeFields(
  builtIn: readonly FormField[],
  own: readonly FormField[] | undefined,
  { attachments }: { attachments: AttachmentsConfig | undefined },
): FormField[] {
  const byId = new Map((own ?? []).map((field) => [field.id, field]))
  const placed = new Set<string>()
  const merged: FormField[] = []
  for (const field of builtIn) {
    const replacement = byId.get(field.id)
    if (!replacement) merged.push(field)
    else if (!placed.has(field.id)) merged.push(replacement)
    placed.add(field.id)
  }
  for (const field of own ?? []) if (!placed.has(field.id)) merged.push(field)
  return attachments ? merged : merged.filter((field) => field.type !== 'file')
}

/** Whether `field` shows, given the other values (`showWhen`); hidden fields are not checked or sent. */
export function isFieldVisible(field: FormField, values: FormValues): boolean {
  if (!field.showWhen) return true
  const other = values[field.showWhen.field]
  const wanted = field.showWhen.equals
  if (Array.isArray(wanted)) return typeof other === 'string' && wanted.includes(other)
  return other === wanted
}

function isEmpty(value: FormValue): boolean {
  if (value === undefined || value === false) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** The values a problem's message needs, read from the field's own rules. */
export function errorParams(field: FormField, code: FieldError['code']): FieldError['params'] {
  if (code === 'minLength' && field.minLength !== undefined) return { min: field.minLength }
  if (code === 'maxLength' && field.maxLength !== undefined) return { max: field.maxLength }
  if (code === 'min' && field.min !== undefined) return { min: field.min }
  if (code === 'max' && field.max !== undefined && field.max !== 'today') return { max: field.max }
  return {}
}

/** The problems of one field's value, in the order a reader fixes them (first one only shows). */
export function checkField(
  field: FormField,
  value: FormValue,
  options: { today: string },
): FieldError | undefined {
  const error = (code: FieldError['code']): FieldError => ({
    fieldId: field.id,
    code,
    params: errorParams(field, code),
  })
  if (isEmpty(value)) {
    if (!field.required) return undefined
    if (field.type === 'checkbox') return error('requiredCheckbox')
    if (field.type === 'select' || field.type === 'radio' || field.type === 'file')
      return error('requiredChoice')
    return error('required')
  }
  if (typeof value === 'string') {
    const text = value.trim()
    if (field.type === 'email' && !EMAIL.test(text)) return error('email')
    if (field.type === 'number') {
      const number = Number(text.replace(',', '.'))
      if (!Number.isFinite(number)) return error('number')
      if (typeof field.min === 'number' && number < field.min) return error('min')
      if (typeof field.max === 'number' && number > field.max) return error('max')
    }
    if (field.type === 'date') {
      if (!isRealDate(text)) return error('date')
      const latest =
        field.max === 'today'
          ? options.today
          : typeof field.max === 'string'
            ? field.max
            : undefined
      if (latest !== undefined && text > latest)
        return field.max === 'today' ? error('dateFuture') : error('max')
      if (typeof field.min === 'string' && text < field.min) return error('min')
    }
    // Characters as people count them: code points, so an emoji or a Korean syllable is one.
    const length = Array.from(text).length
    if (field.minLength !== undefined && length < field.minLength) return error('minLength')
    if (field.maxLength !== undefined && length > field.maxLength) return error('maxLength')
    if (field.pattern && !new RegExp(field.pattern.regex, 'u').test(text)) return error('pattern')
    if (
      (field.type === 'select' || field.type === 'radio') &&
      field.options &&
      !field.options.some((o) => o.value === text)
    ) {
      return error('requiredChoice')
    }
  }
  return undefined
}

/**
 * The zod schema of a form's values, built from its fields: every visible field is checked with
 * {@link checkField}; each problem is a zod issue at the field's path whose `params` carry the
 * {@link FieldError}. Use it with a zod resolver, or {@link validateForm} for the list.
 */
export function buildFormSchema(fields: readonly FormField[], options: { today: string }) {
  return z.record(z.string(), z.unknown()).check(
    z.superRefine((values, ctx) => {
      const all = values as FormValues
      for (const field of fields) {
        if (!isFieldVisible(field, all)) continue
        const problem = checkField(field, all[field.id], options)
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            path: [field.id],
            input: all[field.id],
            message: problem.code,
            params: { ...problem },
          })
        }
      }
    }),
  )
}

/** Every field problem of a form, in field order (empty when the form can be sent). */
export function validateForm(
  fields: readonly FormField[],
  values: FormValues,
  options: { today: string },
): FieldError[] {
  const result = buildFormSchema(fields, options).safeParse(values)
  if (result.success) return []
  return result.error.issues.flatMap((issue) =>
    issue.code === 'custom' && issue.params ? [issue.params as unknown as FieldError] : [],
  )
}

/** The values a form sends: visible fields only, text trimmed. */
export function valuesToSend(
  fields: readonly FormField[],
  values: FormValues,
): Record<string, FormValue> {
  const out: Record<string, FormValue> = {}
  for (const field of fields) {
    if (!isFieldVisible(field, values) || field.type === 'file') continue
    const value = values[field.id]
    out[field.id] = typeof value === 'string' ? value.trim() : value
  }
  return out
}

/** Words in a text, by the locale's own word boundaries (Korean, Japanese and Chinese too). */
export function countWords(text: string, locale: string): number {
  if (typeof Intl.Segmenter === 'function') {
    let count = 0
    for (const part of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
      if (part.isWordLike) count++
    }
    return count
  }
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * A soft recommendation that never blocks sending (seed 001: a subject of 5 to 7 words):
 * `undefined` when the value follows it or is empty.
 */
export function recommendationFor(
  field: FormField,
  value: FormValue,
  locale: string,
): { min: number; max: number; count: number } | undefined {
  if (!field.recommend || typeof value !== 'string' || value.trim() === '') return undefined
  const count = countWords(value, locale)
  const min = field.recommend.minWords ?? 1
  const max = field.recommend.maxWords ?? Number.POSITIVE_INFINITY
  return count < min || count > max
    ? { min, max: Number.isFinite(max) ? max : count, count }
    : undefined
}
