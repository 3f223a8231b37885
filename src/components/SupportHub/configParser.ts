import type { parseSectionedConfig } from '../../config/sections'

// The config checker (zod and the schema, about 16 kB gzipped) loads only when <SupportHub> is
// given raw JSON. A config checked on the server or at build time (`parseSectionedConfig()` from
// `react-support-hub/config`, passed as it is or through JSON) never brings it into the page.
// The Node entry registers it up front, so server rendering of raw JSON needs no setup.

type Parser = typeof parseSectionedConfig

let parser: Parser | undefined
let loading: Promise<void> | undefined
let failure: unknown

/** Makes the checker available at once (the Node entry and the tests do). */
export function registerConfigParser(parse: Parser): void {
  parser = parse
}

/** The checker if loaded; `null` if its chunk failed to load; `undefined` while not loaded yet. */
export function loadedConfigParser(): Parser | null | undefined {
  return parser ?? (failure === undefined ? undefined : null)
}

/** Loads the checker (once; later calls share the promise). Never rejects. */
export function loadConfigParser(): Promise<void> {
  loading ??= import('../../config/sections').then(
    (module) => {
      parser = module.parseSectionedConfig
    },
    (error: unknown) => {
      failure = error
    },
  )
  return loading
}

/** Forgets the checker. For tests of the loading itself. @internal */
export function unloadConfigParserForTests(): void {
  parser = undefined
  loading = undefined
  failure = undefined
}
