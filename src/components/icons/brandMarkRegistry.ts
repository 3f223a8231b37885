import { createLazyRegistry, readOrSuspend } from '../../internal/lazyRegistry'
import { brandMarkLoaders, type BrandMark, type BrandMarkName } from './brandMarks'

// Brand marks load on demand, each in its own chunk (./marks): a page downloads only the marks it
// shows, after its text. The Node entry registers every mark up front, so server-rendered HTML has
// them; a browser hydrating that HTML keeps the server's marks until their chunks are in. A mark
// whose chunk fails to load is drawn as an empty box (the name is beside it as text).
const marks = createLazyRegistry<BrandMarkName, BrandMark>((name) =>
  brandMarkLoaders[name]().then((module) => module.default),
)

/** Makes marks available at once, without loading them (the Node entry registers them all). */
export function registerBrandMarks(all: Partial<Record<BrandMarkName, BrandMark>>): void {
  for (const [name, mark] of Object.entries(all) as [BrandMarkName, BrandMark][]) {
    marks.register(name, mark)
  }
}

/** A mark if it is loaded, `null` if it could not be loaded, `undefined` while it is not loaded yet. */
export function loadedBrandMark(name: BrandMarkName): BrandMark | null | undefined {
  return marks.peek(name)
}

/** Loads a mark (once; later calls share the first promise). Never rejects. */
export function loadBrandMark(name: BrandMarkName): Promise<void> {
  return marks.load(name)
}

/** A mark for a render: suspends while it loads; `null` if it could not be loaded. */
export function readBrandMark(name: BrandMarkName): BrandMark | null {
  return readOrSuspend(marks, name)
}

/** Forgets every loaded mark. For tests of the loading itself. @internal */
export function unloadBrandMarksForTests(): void {
  marks.reset()
}
