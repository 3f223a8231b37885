import axe from 'axe-core'

/** The rule sets every component must pass: WCAG 2.0/2.1/2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']

/** Runs axe in the real browser on `context` and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(context: Element = document.body): Promise<void> {
  // Judge the settled state: mid-animation opacity would read as low contrast.
  await Promise.all(document.getAnimations().map((animation) => animation.finished))
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  })
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n\n')
  if (results.violations.length > 0)
    throw new Error(`axe found ${results.violations.length} violation(s):\n\n${report}`)
}
