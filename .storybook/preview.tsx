import type { Decorator, Preview } from '@storybook/react-vite'
import { SupportHubProvider, type SupportHubProviderProps } from '../src'
import '../src/theme/styles.css'
import { registerConfigParser } from '../src/components/SupportHub/configParser'
import { parseSectionedConfig } from '../src/config/sections'
import { allLocales, registerLocales } from '../src/locales'

// Every catalog up front: a story renders in its locale at once (and its test runs axe on it).
// The config checker too, so a SupportHub story given raw JSON renders at once.
registerLocales(...allLocales)
registerConfigParser(parseSectionedConfig)

/** Every story renders inside the provider; a story picks its locale and theme with `parameters.provider`. */
const withProvider: Decorator = (Story, context) => {
  const provider = (context.parameters.provider ?? {}) as Omit<SupportHubProviderProps, 'children'>
  // A docs page shows every story of a component one under another: no screen-high blocks there.
  const minHeight = context.viewMode === 'docs' ? undefined : '100vh'
  return (
    <SupportHubProvider {...provider}>
      <div style={{ padding: 24, minHeight }}>
        <Story />
      </div>
    </SupportHubProvider>
  )
}

const preview: Preview = {
  decorators: [withProvider],
  // A docs page for every component: its JSDoc, the props table (react-docgen) and its stories.
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    options: {
      // The introduction first, then the whole page, its parts, and the forms.
      storySort: { order: ['Introduction', 'Page', 'Components', 'Forms'] },
    },
    a11y: {
      // Any violation fails the story's test (npm test runs every story in Chromium).
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
      config: {
        // These judge a whole page (its main landmark, its h1), which the host owns, not a
        // component; the browser tests check components inside a real page with them on.
        rules: [
          { id: 'region', enabled: false },
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
    },
  },
}

export default preview
