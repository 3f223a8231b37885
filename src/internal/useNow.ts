'use client'
import { useEffect, useState } from 'react'

/** setTimeout's longest delay is about 24.8 days; farther changes are re-checked daily. */
const MAX_DELAY = 24 * 60 * 60 * 1000

/**
 * The current time for time-dependent UI. `null` on the server and in the first client render,
 * so hydration matches; then the real time, renewed at the instant `nextChangeAfter(now)`
 * returns, by one timer set to that instant (no polling). A `fixed` time (stories, tests,
 * host-driven clocks) is used as it is. Memoize `nextChangeAfter`: a new one re-arms the timer.
 */
export function useNow(
  fixed: Date | undefined,
  nextChangeAfter: (now: Date) => Date | undefined,
): Date | null {
  const [now, setNow] = useState<Date | null>(null)
  useEffect(() => {
    if (fixed) return
    // The first reading, after mount and outside render.
    const timer = setTimeout(() => setNow(new Date()), 0)
    // Timers stall while a device sleeps: read the clock again when the page is seen again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(new Date())
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [fixed])
  useEffect(() => {
    if (fixed || now === null) return
    const next = nextChangeAfter(now)
    if (!next) return
    const delay = Math.min(Math.max(next.getTime() - Date.now(), 0), MAX_DELAY)
    const timer = setTimeout(() => setNow(new Date()), delay)
    return () => clearTimeout(timer)
  }, [fixed, now, nextChangeAfter])
  return fixed ?? now
}

/** The reader's own IANA time zone, read after mount (`undefined` on the server). */
export function useVisitorTimeZone(override: string | undefined): string | undefined {
  const [zone, setZone] = useState<string | undefined>(undefined)
  useEffect(() => {
    if (override) return
    const timer = setTimeout(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), 0)
    return () => clearTimeout(timer)
  }, [override])
  return override ?? zone
}
