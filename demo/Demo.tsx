/*
 * The react-support-hub demo page: `npm start` serves it, `npm run build:demo` writes demo/dist.
 *
 * It renders <SupportHub> from ../src with one of the example configs in examples/*.json (found
 * with import.meta.glob, so a new file shows up in the picker by itself), next to a panel of
 * controls for its props: locale, plan, audience, colour scheme and direction. The config can be
 * edited as JSON and applied; events (onEvent) and config errors (onConfigError) are listed; the
 * ticket and refund forms send to a simulated backend, so no server is needed. The view is kept
 * in the query string (?config=004&locale=el&plan=premium&scheme=dark&rtl=1): a link reproduces it.
 * The demo chrome is English-only on purpose; it is not part of the library.
 */
import {
  Component,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ErrorInfo,
  type ReactNode,
} from 'react'
import {
  builtInLocales,
  SupportHub,
  type ConfigError,
  type SupportHubEvent,
  type SupportHubSubmitHandler,
} from '../src'
import { localeChain, resolveText } from '../src/i18n/locale'

// ---- Example configs ---------------------------------------------------------------------------

interface Seed {
  /** The file name without `.json` (`004-el-company-faq`). */
  name: string
  file: string
  /** How the query string names it: the number prefix (`004`), or the whole name if not unique. */
  urlId: string
  brand: string
  config: unknown
}

const modules = import.meta.glob<unknown>('../examples/*.json', { eager: true, import: 'default' })

/**
 * The example configs name logos on `*.example` hosts, which never resolve: the demo shows its
 * own placeholder mark instead (an absolute URL, as the config requires).
 */
const PLACEHOLDER_LOGO = new URL('./logo.svg', import.meta.url).href

function withReachableLogo(config: unknown): unknown {
  const root = asRecord(config)
  const brand = asRecord(root?.brand)
  const logo = brand?.logo
  if (typeof logo !== 'string' || !/^https?:\/\/[^/]*\.example\//.test(logo)) return config
  return { ...root, brand: { ...brand, logo: PLACEHOLDER_LOGO } }
}

const seeds: Seed[] = (() => {
  const found = Object.entries(modules)
    .map(([path, raw]) => {
      const config = withReachableLogo(raw)
      const file = path.slice(path.lastIndexOf('/') + 1)
      const name = file.replace(/\.json$/, '')
      const root = asRecord(config)
      const brand = textOf(asRecord(root?.brand)?.name, chainOf(undefined, config)) ?? name
      return { name, file, prefix: name.split('-')[0] ?? name, brand, config }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  return found.map(({ prefix, ...seed }) => ({
    ...seed,
    urlId: found.filter((other) => other.prefix === prefix).length === 1 ? prefix : seed.name,
  }))
})()

/** Shown when examples/ has no configs yet: SupportHub then lists what is missing. */
const FALLBACK_CONFIG: unknown = { version: 1, brand: { name: 'Example Co.' } }

// ---- Controls ----------------------------------------------------------------------------------

/** The built-in UI languages, each named in itself (`Ελληνικά`, `Español`). */
const LOCALES = builtInLocales.map((tag) => {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag
  return { tag, name: name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) }
})

/** `config`: no colorScheme prop, so the config's theme.colorScheme applies. */
type Scheme = 'config' | 'auto' | 'light' | 'dark'
const SCHEMES: { value: Scheme; label: string }[] = [
  { value: 'config', label: 'From the config' },
  { value: 'auto', label: 'Auto (system)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

type Backend = 'succeed' | 'fail'

interface View {
  /** The seed's name; empty when there are no examples. */
  seed: string
  /** A locale tag, or empty for none passed. */
  locale: string
  /** A plan id, or empty for none. */
  plan: string
  /** An audience id, or `all`. */
  audience: string
  scheme: Scheme
  rtl: boolean
  backend: Backend
}

function readView(): View {
  const params = new URLSearchParams(window.location.search)
  const wanted = params.get('config')
  const seed =
    seeds.find((s) => wanted !== null && [s.urlId, s.name, s.file].includes(wanted)) ?? seeds[0]
  const scheme = params.get('scheme')
  return {
    seed: seed?.name ?? '',
    locale: canonicalLocale(params.get('locale')) ?? '',
    plan: params.get('plan') ?? '',
    audience: params.get('audience') ?? 'all',
    scheme: SCHEMES.some((s) => s.value === scheme) ? (scheme as Scheme) : 'config',
    rtl: params.get('rtl') === '1' || params.get('rtl') === 'true',
    backend: params.get('backend') === 'fail' ? 'fail' : 'succeed',
  }
}

/** The query string of a view: defaults are left out, so links stay short. */
function viewQuery(view: View, seed: Seed | undefined): string {
  const params = new URLSearchParams()
  if (seed) params.set('config', seed.urlId)
  if (view.locale) params.set('locale', view.locale)
  if (view.plan) params.set('plan', view.plan)
  if (view.audience !== 'all') params.set('audience', view.audience)
  if (view.scheme !== 'config') params.set('scheme', view.scheme)
  if (view.rtl) params.set('rtl', '1')
  if (view.backend === 'fail') params.set('backend', 'fail')
  const query = params.toString()
  return query ? `?${query}` : ''
}

function canonicalLocale(tag: string | null): string | undefined {
  if (!tag) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

// ---- Reading a config that may be anything (it can be edited) ----------------------------------

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : []
}

/** The locales to read config text in: the chosen one, the config's, then English. */
function chainOf(locale: string | undefined, config: unknown): string[] {
  const own = asRecord(config)?.locale
  const tags = [locale, typeof own === 'string' ? own : undefined, 'en']
  // Each tag with its parents only (its own fallback is itself): English comes once, last.
  return [...new Set(tags.flatMap((tag) => (tag ? localeChain(tag, tag) : [])))]
}

/**
 * Config text (a string or a locale map) in the first locale of the chain that has it. The
 * config may be anything while it is edited: entries that are not strings are passed over.
 */
function textOf(value: unknown, chain: readonly string[]): string | undefined {
  if (typeof value === 'string') return value
  const entries = Object.entries(asRecord(value) ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  )
  return entries.length > 0 ? resolveText(Object.fromEntries(entries), chain) : undefined
}

interface Choice {
  id: string
  label: string
}

/** `{ id, name | label }` entries of a config list, each id once. */
function choicesOf(items: unknown[], key: 'name' | 'label', chain: readonly string[]): Choice[] {
  const choices: Choice[] = []
  for (const item of items) {
    const entry = asRecord(item)
    const id = entry?.id
    if (typeof id !== 'string' || choices.some((c) => c.id === id)) continue
    choices.push({ id, label: textOf(entry?.[key], chain) ?? id })
  }
  return choices
}

// ---- Simulated backend -------------------------------------------------------------------------

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () =>
      signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError')
    if (signal.aborted) {
      reject(aborted())
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(aborted())
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** What was sent, short enough for the log (files by name). */
function describeValues(values: Record<string, unknown>): string {
  const json = JSON.stringify(values, (_key, value: unknown) =>
    value instanceof File ? `<file ${value.name}>` : value,
  )
  return json.length > 240 ? `${json.slice(0, 240)}…` : json
}

// ---- The page ----------------------------------------------------------------------------------

interface LogEntry {
  id: number
  time: Date
  label: string
  detail: string
}

const LOG_LIMIT = 50

export function Demo() {
  const [view, setView] = useState(readView)
  const update = useCallback((change: Partial<View>) => {
    setView((current) => ({ ...current, ...change }))
  }, [])

  const seed = seeds.find((s) => s.name === view.seed)
  // An applied JSON edit, for the seed it was made on; switching seeds leaves it behind.
  const [edit, setEdit] = useState<{ seed: string; config: unknown } | null>(null)
  const edited = edit !== null && edit.seed === view.seed
  const config = edited ? edit.config : (seed?.config ?? FALLBACK_CONFIG)

  const chain = chainOf(view.locale || undefined, config)
  const root = asRecord(config)
  const plans = choicesOf(
    [...asList(asRecord(root?.sla)?.plans), ...asList(asRecord(root?.plans)?.plans)],
    'name',
    chain,
  )
  const audiences = choicesOf(asList(root?.audiences), 'label', chain)
  // A plan or audience the config does not have (after a switch or an edit) counts as none.
  const plan = plans.some((p) => p.id === view.plan) ? view.plan : ''
  const audience = audiences.some((a) => a.id === view.audience) ? view.audience : 'all'
  const configScheme = asRecord(root?.theme)?.colorScheme
  const pageScheme =
    view.scheme === 'config'
      ? configScheme === 'light' || configScheme === 'dark'
        ? configScheme
        : 'auto'
      : view.scheme
  const brand = textOf(asRecord(root?.brand)?.name, chain) ?? 'Support'

  // The view in the address bar (replaced, not pushed: the back button leaves the demo).
  const query = viewQuery({ ...view, plan, audience }, seed)
  useEffect(() => {
    const { pathname, search, hash } = window.location
    if (search !== query)
      window.history.replaceState(window.history.state, '', pathname + query + hash)
  }, [query])

  useEffect(() => {
    document.documentElement.dataset.demoScheme = pageScheme
    document.title = `${brand} · react-support-hub demo`
  }, [pageScheme, brand])

  // Events and submissions, newest first.
  const [log, setLog] = useState<LogEntry[]>([])
  const nextLogId = useRef(1)
  const addLog = useCallback((label: string, detail: string) => {
    const entry = { id: nextLogId.current++, time: new Date(), label, detail }
    setLog((current) => [entry, ...current].slice(0, LOG_LIMIT))
  }, [])

  const onEvent = useCallback(
    (event: SupportHubEvent) => {
      const { type, ...rest } = event
      addLog(type, JSON.stringify(rest))
    },
    [addLog],
  )

  // Errors are kept with the config they were reported for: SupportHub reports only on a change.
  const [reported, setReported] = useState<{ config: unknown; errors: ConfigError[] } | null>(null)
  const onConfigError = useCallback(
    (errors: ConfigError[]) => {
      setReported({ config, errors })
    },
    [config],
  )
  const configErrors = reported !== null && reported.config === config ? reported.errors : []

  const backend = useRef(view.backend)
  useEffect(() => {
    backend.current = view.backend
  }, [view.backend])

  const simulate = useCallback(
    (form: 'ticket' | 'refund'): SupportHubSubmitHandler =>
      async (values, { signal, files, idempotencyKey }) => {
        const attachments = files.length ? `, ${files.length} file(s)` : ''
        addLog(
          `${form} send attempt (simulated)`,
          `${describeValues(values)}${attachments}, key ${idempotencyKey}`,
        )
        await wait(600, signal)
        if (backend.current === 'fail') {
          addLog(`${form} send failed (simulated)`, 'network error')
          throw new TypeError('Simulated network error')
        }
        const reference = `DEMO-${String(1000 + Math.floor(Math.random() * 9000))}`
        addLog(`${form} sent (simulated)`, `reference ${reference}`)
        return { reference }
      },
    [addLog],
  )
  const onTicketSubmit = useMemo(() => simulate('ticket'), [simulate])
  const onRefundSubmit = useMemo(() => simulate('refund'), [simulate])

  const id = useId()
  const ids = {
    seed: `${id}seed`,
    locale: `${id}locale`,
    plan: `${id}plan`,
    audience: `${id}audience`,
    rtl: `${id}rtl`,
    rtlHint: `${id}rtl-hint`,
    backend: `${id}backend`,
    backendHint: `${id}backend-hint`,
    localeHint: `${id}locale-hint`,
  }
  const localeKnown = view.locale === '' || LOCALES.some((l) => l.tag === view.locale)

  return (
    <>
      <a
        className="demo-skip"
        href="#demo-hub"
        onClick={(e) => {
          // Focus the page without a #demo-hub in the address (SupportHub reads #faq-… links).
          e.preventDefault()
          document.getElementById('demo-hub')?.focus()
        }}
      >
        Skip to the support page
      </a>
      <div className="demo-layout">
        <aside className="demo-panel" aria-label="Demo controls">
          <div className="demo-intro">
            <p className="demo-title">
              react-support-hub <span>demo</span>
            </p>
            <p className="demo-hint">
              One <code>&lt;SupportHub config=…&gt;</code> renders the whole support page. These
              controls set its props; the address bar keeps them, so a link reproduces this view.
            </p>
          </div>

          <form
            className="demo-form"
            onSubmit={(e) => {
              e.preventDefault()
            }}
          >
            <Field id={ids.seed} label="Example config">
              <select
                id={ids.seed}
                value={view.seed}
                onChange={(e) => {
                  update({ seed: e.target.value })
                }}
              >
                {seeds.length === 0 && <option value="">No examples/*.json yet</option>}
                {seeds.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.brand} — {s.name}
                  </option>
                ))}
              </select>
            </Field>

            <Field id={ids.locale} label="Locale (locale)">
              <select
                id={ids.locale}
                value={view.locale}
                aria-describedby={ids.localeHint}
                onChange={(e) => {
                  update({ locale: e.target.value })
                }}
              >
                <option value="">Auto (not passed)</option>
                {LOCALES.map((l) => (
                  <option key={l.tag} value={l.tag}>
                    {l.tag} — {l.name}
                  </option>
                ))}
                {!localeKnown && <option value={view.locale}>{view.locale} (from the link)</option>}
              </select>
              <p id={ids.localeHint} className="demo-hint">
                Auto: the config&apos;s locale, else the browser&apos;s language.
              </p>
            </Field>

            <Field id={ids.plan} label="Reader's plan (plan)">
              <select
                id={ids.plan}
                value={plan}
                onChange={(e) => {
                  update({ plan: e.target.value })
                }}
              >
                <option value="">None</option>
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label} ({p.id})
                  </option>
                ))}
              </select>
            </Field>

            <Field id={ids.audience} label="Audience (audience)">
              <select
                id={ids.audience}
                value={audience}
                onChange={(e) => {
                  update({ audience: e.target.value })
                }}
              >
                <option value="all">All audiences</option>
                {audiences.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label} ({a.id})
                  </option>
                ))}
              </select>
            </Field>

            <fieldset className="demo-field demo-radios">
              <legend>Colour scheme (colorScheme)</legend>
              {SCHEMES.map((s) => (
                <label key={s.value}>
                  <input
                    type="radio"
                    name={`${id}scheme`}
                    value={s.value}
                    checked={view.scheme === s.value}
                    onChange={() => {
                      update({ scheme: s.value })
                    }}
                  />{' '}
                  {s.label}
                </label>
              ))}
            </fieldset>

            <div className="demo-field">
              <div className="demo-check">
                <input
                  id={ids.rtl}
                  type="checkbox"
                  checked={view.rtl}
                  aria-describedby={ids.rtlHint}
                  onChange={(e) => {
                    update({ rtl: e.target.checked })
                  }}
                />
                <label htmlFor={ids.rtl}>Right to left (dir=&quot;rtl&quot;)</label>
              </div>
              <p id={ids.rtlHint} className="demo-hint">
                Unchecked, no dir is passed and the direction follows the locale (ar is right to
                left).
              </p>
            </div>

            <Field id={ids.backend} label="Simulated backend">
              <select
                id={ids.backend}
                value={view.backend}
                aria-describedby={ids.backendHint}
                onChange={(e) => {
                  update({ backend: e.target.value === 'fail' ? 'fail' : 'succeed' })
                }}
              >
                <option value="succeed">Accepts (reference DEMO-…)</option>
                <option value="fail">Fails (network error)</option>
              </select>
              <p id={ids.backendHint} className="demo-hint">
                Form submissions are simulated: nothing leaves this page. Each answers after about
                600 ms.
              </p>
            </Field>
          </form>

          <ConfigPanel
            key={view.seed}
            config={config}
            original={seed?.config ?? FALLBACK_CONFIG}
            edited={edited}
            source={seed ? `examples/${seed.file}` : 'a built-in placeholder'}
            onApply={(value) => {
              setEdit({ seed: view.seed, config: value })
            }}
            onRevert={() => {
              setEdit(null)
            }}
          />

          <details className="demo-section" open>
            <summary>
              Config errors (onConfigError):{' '}
              {configErrors.length === 0 ? 'none' : configErrors.length}
            </summary>
            {configErrors.length === 0 ? (
              <p className="demo-hint">None reported for this config.</p>
            ) : (
              <ul className="demo-errors">
                {configErrors.map((error, i) => (
                  <li key={i}>
                    <code>{error.path || '(config)'}</code> {error.message}
                  </li>
                ))}
              </ul>
            )}
          </details>

          <details className="demo-section" open>
            <summary>Events (onEvent): {log.length}</summary>
            {log.length === 0 ? (
              <p className="demo-hint">
                Nothing yet: open a question, search the FAQ, follow a channel or send a form.
              </p>
            ) : (
              <>
                <button
                  type="button"
                  className="demo-button"
                  onClick={() => {
                    setLog([])
                  }}
                >
                  Clear the log
                </button>
                <ol className="demo-log" aria-live="off">
                  {log.map((entry) => (
                    <li key={entry.id}>
                      <time dateTime={entry.time.toISOString()}>
                        {entry.time.toLocaleTimeString('en-GB')}
                      </time>{' '}
                      <strong>{entry.label}</strong> <code>{entry.detail}</code>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </details>
        </aside>

        <main id="demo-hub" className="demo-main" tabIndex={-1}>
          <HubBoundary resetKey={config} view={query}>
            <SupportHub
              config={config}
              locale={view.locale || undefined}
              plan={plan || undefined}
              audience={audience}
              onAudienceChange={(next) => {
                update({ audience: next })
              }}
              colorScheme={view.scheme === 'config' ? undefined : view.scheme}
              dir={view.rtl ? 'rtl' : undefined}
              onEvent={onEvent}
              onConfigError={onConfigError}
              // Broken sections show their errors even in the production build of the demo.
              showErrors
              onTicketSubmit={onTicketSubmit}
              onRefundSubmit={onRefundSubmit}
            />
          </HubBoundary>
        </main>
      </div>
    </>
  )
}

/** Keeps the controls usable when SupportHub throws; a new config or view tries again. */
class HubBoundary extends Component<
  { resetKey: unknown; view: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('SupportHub threw while rendering', error, info.componentStack)
  }

  override componentDidUpdate(previous: { resetKey: unknown; view: string }) {
    const { resetKey, view } = this.props
    if (this.state.error && (previous.resetKey !== resetKey || previous.view !== view)) {
      this.setState({ error: null })
    }
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="demo-crash">
        <p>
          <strong>SupportHub threw an error</strong> (a bug: a config problem should show as a
          panel, not throw). Change a control or the config to try again.
        </p>
        <pre>{error.stack ?? error.message}</pre>
      </div>
    )
  }
}

function Field(props: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="demo-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </div>
  )
}

function ConfigPanel(props: {
  config: unknown
  /** The example's own config, for "Revert". */
  original: unknown
  edited: boolean
  source: string
  onApply: (config: unknown) => void
  onRevert: () => void
}) {
  const { config, original, edited, source, onApply, onRevert } = props
  const pretty = useMemo(() => JSON.stringify(config, null, 2), [config])
  const [draft, setDraft] = useState(pretty)
  const [error, setError] = useState<string | null>(null)
  const id = useId()

  const apply = () => {
    try {
      const value = JSON.parse(draft) as unknown
      setError(null)
      onApply(value)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <details className="demo-section">
      <summary>Config JSON{edited ? ' (edited)' : ''}</summary>
      <p className="demo-hint">
        What <code>config</code> gets now: {edited ? `your edit of ${source}` : source}.
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it scrolls: keyboard users need to reach it (axe: scrollable-region-focusable) */}
      <pre className="demo-json" tabIndex={0}>
        {pretty}
      </pre>
      <label className="demo-label" htmlFor={`${id}edit`}>
        Edit the JSON
      </label>
      <textarea
        id={`${id}edit`}
        className="demo-textarea"
        value={draft}
        rows={14}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? `${id}hint` : `${id}error ${id}hint`}
        onChange={(e) => {
          setDraft(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            apply()
          }
        }}
      />
      {error !== null && (
        <p id={`${id}error`} className="demo-error" role="alert">
          Not valid JSON, nothing applied: {error}
        </p>
      )}
      <p id={`${id}hint`} className="demo-hint">
        Ctrl+Enter applies. Valid JSON goes to SupportHub as it is: it checks the config and shows
        broken sections as error panels.
      </p>
      <div className="demo-buttons">
        <button type="button" className="demo-button" onClick={apply}>
          Apply JSON
        </button>
        <button
          type="button"
          className="demo-button"
          onClick={() => {
            setDraft(JSON.stringify(original, null, 2))
            setError(null)
            onRevert()
          }}
        >
          Revert to the example
        </button>
      </div>
    </details>
  )
}
