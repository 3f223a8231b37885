// Small helpers shared by the browser tests and the stories.

/** A date some days before today, `YYYY-MM-DD` in the browser's calendar. */
export function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return date.toLocaleDateString('en-CA')
}

/** The bytes of a base64 string (how the test servers report what they received). */
export function bytesOf(base64: string): number[] {
  return Array.from(atob(base64), (char) => char.charCodeAt(0))
}
