import type { Plugin } from 'esbuild'

/** An esbuild plugin that leaves dynamic imports as imports (what loads later is not counted). */
export declare const upFrontOnly: Plugin
