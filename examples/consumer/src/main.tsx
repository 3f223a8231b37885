// A host app as a product team writes it: everything comes from the installed package, never
// from the repository's src/ or dist/. `npm run check:consumer` builds it from the packed tarball.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SupportHub } from 'react-support-hub'
import { parseSupportConfig, type ConfigError } from 'react-support-hub/config'
import { el, registerLocales } from 'react-support-hub/locales'
import 'react-support-hub/styles.css'
// The seed config: examples/004-el-company-faq.json, a Greek company's support page.
import seed from '../../004-el-company-faq.json'

// This page is always in Greek: its UI catalog ships in the bundle, so the page shows at once
// instead of loading the catalog on demand.
registerLocales(el)

function reportErrors(errors: readonly ConfigError[]) {
  for (const error of errors) console.error(`config ${error.path || '(root)'}: ${error.message}`)
}

// Checked once, at start; SupportHub takes the parsed config as it is.
const result = parseSupportConfig(seed)
if (!result.ok) reportErrors(result.errors)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <SupportHub config={result.ok ? result.config : seed} onConfigError={reportErrors} />
  </StrictMode>,
)
