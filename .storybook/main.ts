import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal(config) {
    // The library build's plugins (type bundling, stylesheet copy) have no place in Storybook.
    const skip = new Set(['vite:dts', 'rsh-emit-stylesheet'])
    config.plugins = (config.plugins ?? []).flat().filter((plugin) => {
      const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : ''
      return !skip.has(name)
    })
    return config
  },
}

export default config
