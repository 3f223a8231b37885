import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import {
  SupportHubProvider,
  type SupportHubProviderProps,
} from '../src/components/SupportHubProvider'

/**
 * Renders `ui` the way a host page does: inside a `main` landmark under the page's `h1`, wrapped
 * in `<SupportHubProvider>` with the given props.
 */
export function renderInPage(
  ui: ReactNode,
  provider: Omit<SupportHubProviderProps, 'children'> = {},
) {
  return render(
    <main>
      <h1>Help centre</h1>
      <SupportHubProvider {...provider}>{ui}</SupportHubProvider>
    </main>,
  )
}
