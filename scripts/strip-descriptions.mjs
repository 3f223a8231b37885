/**
 * Takes the `z.describe('…')` texts out of the config schema's source (src/config/schema.ts) for
 * the library build. Those texts document every field for schema.json and docs/config.md, which
 * are generated from the source at build time; a browser never reads them, and they were about
 * 9 kB of every page's bundle. Each `z.describe(…)` argument of a `.check(…)` call is removed with
 * its comma, and a `.check(…)` with nothing else in it goes too; the rest of the code is kept as is.
 */
import ts from 'typescript'

/**
 * @param {string} code TypeScript source
 * @param {string} fileName for error messages
 * @returns {{ code: string, removed: number }}
 */
export function stripDescriptions(code, fileName = 'schema.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  /** @type {[number, number][]} spans to cut, in source order */
  const cuts = []
  const isDescribe = (node) =>
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'describe' &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'z'

  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const args = node.arguments
      const callee = node.expression
      // `x.check(z.describe('…'))` becomes `x`.
      if (
        args.length > 0 &&
        args.every(isDescribe) &&
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'check'
      ) {
        cuts.push([callee.expression.end, node.end])
        ts.forEachChild(callee.expression, visit)
        return
      }
      args.forEach((arg, index) => {
        if (!isDescribe(arg)) return
        // The only argument: everything between the parentheses (a trailing comma too).
        if (args.length === 1) cuts.push([args.pos, node.end - 1])
        // Else the argument and the comma that separates it from the previous (or next) one.
        else if (index > 0) cuts.push([args[index - 1].end, arg.end])
        else cuts.push([arg.getStart(source), args[index + 1].getStart(source)])
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)

  let out = ''
  let at = 0
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start)
    at = end
  }
  out += code.slice(at)
  const left = (out.match(/\bz\.describe\(/g) ?? []).length
  if (left > 0) {
    throw new Error(
      `${fileName}: ${left} z.describe() calls are not arguments of a call; cannot strip them`,
    )
  }
  return { code: out, removed: cuts.length }
}
