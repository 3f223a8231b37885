import type { parseSectionedConfig } from '../../config/sections'
import { createLazyRegistry, readOrSuspend } from '../../internal/lazyRegistry'

// The config checker (zod and the schema, about 16 kB gzipped) loads only when <SupportHub> is
// given raw JSON. A config checked on the server or at build time (`parseSectionedConfig()` from
// `react-support-hub/config`, passed as it is or through JSON) never brings it into the page.
// The Node entry registers it up front, so server rendering of raw JSON needs no setup.

type Parser = typeof parseSectionedConfig

/** The registry's one key: there is one checker. */
const PARSER = 'parser'

const parsers = createLazyRegistry<typeof PARSER, Parser>(() =>
  import('../../config/sections').then((module) => module.parseSectionedConfig),
)

/** Makes the checker available at once (the Node entry and the tests do). */
export function registerConfigParser(parse: Parser): void {
  parsers.register(PARSER, parse)
}

/** The checker for a render: suspends while it loads; `null` if its chunk failed to load. */
export function readConfigParser(): Parser | null {
  return readOrSuspend(parsers, PARSER)
}

/** Forgets the checker. For tests of the loading itself. @internal */
export function unloadConfigParserForTests(): void {
  parsers.reset()
}
