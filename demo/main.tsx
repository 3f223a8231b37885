import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The library's stylesheet, as a host imports react-support-hub/styles.css; then the demo chrome.
import '../src/theme/styles.css'
import './demo.css'
import { Demo } from './Demo'

const container = document.getElementById('root')
if (!container) throw new Error('demo/index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <Demo />
  </StrictMode>,
)
