// The entry Node resolves (the "node" export condition): on a server every built-in UI catalog,
// every brand mark and the config checker are registered up front, so
// `renderToString(<SupportHub config={…} />)` renders raw JSON in any locale, with its payment and
// social marks, at once, without `loadLocale()`. Bundle weight does not matter there; browsers get
// ./index, which loads catalogs, marks and the checker on demand.
import { allBrandMarks } from './components/icons/allBrandMarks'
import { registerBrandMarks } from './components/icons/brandMarkRegistry'
import { registerConfigParser } from './components/SupportHub/configParser'
import { parseSectionedConfig } from './config/sections'
import { allLocales, registerLocales } from './locales'

registerLocales(...allLocales)
registerBrandMarks(allBrandMarks)
registerConfigParser(parseSectionedConfig)

export * from './index'
