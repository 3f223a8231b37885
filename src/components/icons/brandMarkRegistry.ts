import { brandMarkLoaders, type BrandMark, type BrandMarkName } from './brandMarks'

// Brand marks load on demand, each in its own chunk (./marks): a page downloads only the marks it
// shows, after its text. The Node entry registers every mark up front, so server-rendered HTML has
// them; a browser hydrating that HTML keeps the server's marks until their chunks are in.

const loaded = new Map<BrandMarkName, BrandMark>()
const loading = new Map<BrandMarkName, Promise<void>>()
/** Marks whose chunk failed to load: drawn as an empty box (the name is beside it as text). */
const failed = new Set<BrandMarkName>()

/** Makes marks available at once, without loading them (the Node entry registers them all). */
export function registerBrandMarks(marks: Partial<Record<BrandMarkName, BrandMark>>): void {
  for (const [name, mark] of Object.entries(marks) as [BrandMarkName, BrandMark][]) {
    loaded.set(name, mark)
  }
}

/** A mark if it is loaded, `null` if it could not be loaded, `undefined` while it is not loaded yet. */
export function loadedBrandMark(name: BrandMarkName): BrandMark | null | undefined {
  return loaded.get(name) ?? (failed.has(name) ? null : undefined)
}

/** Loads a mark (once; later calls share the first promise). Never rejects. */
export function loadBrandMark(name: BrandMarkName): Promise<void> {
  let promise = loading.get(name)
  if (!promise) {
    promise = brandMarkLoaders[name]().then(
      (module) => {
        loaded.set(name, module.default)
      },
      () => {
        failed.add(name)
      },
    )
    loading.set(name, promise)
  }
  return promise
}

/** Forgets every loaded mark. For tests of the loading itself. @internal */
export function unloadBrandMarksForTests(): void {
  loaded.clear()
  loading.clear()
  failed.clear()
}
