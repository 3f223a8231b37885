// The entry Node resolves (the "node" export condition): on a server every built-in UI catalog and
// every brand mark is registered up front, so `renderToString(<SupportHub config={…} />)` renders
// any locale, with its payment and social marks, at once, without `loadLocale()`. Bundle weight
// does not matter there; browsers get ./index, which loads catalogs and marks on demand.
import { allBrandMarks } from './components/icons/allBrandMarks'
import { registerBrandMarks } from './components/icons/brandMarkRegistry'
import { ar, de, el, en, es, fr, ko, registerLocales } from './locales'

registerLocales(en, de, el, es, ko, fr, ar)
registerBrandMarks(allBrandMarks)

export * from './index'
