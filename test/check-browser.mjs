// Fails fast with a one-line install hint before the browser test projects start.
import { findChromium, installHint } from './chromium.mjs'

if (!findChromium()) {
  console.error(installHint)
  process.exit(1)
}
