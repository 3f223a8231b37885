// The entry Node resolves (the "node" export condition): on a server every built-in UI catalog is
// registered up front, so `renderToString(<SupportHub config={…} />)` renders any locale at once,
// without `loadLocale()`. Bundle weight does not matter there; browsers get ./index, which loads
// catalogs on demand.
import { ar, de, el, en, es, fr, ko, registerLocales } from './locales'

registerLocales(en, de, el, es, ko, fr, ar)

export * from './index'
