// A static file server for the checks that open a built page in Chromium: the bench parts and
// scripts/check-consumer.mjs (the host app built from the packed tarball).
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map'])

/**
 * A static server on 127.0.0.1 (a free port). `files` maps URL paths to contents (a page built
 * in memory); `root` serves a folder (`/` is `index.html`). Text is sent gzipped when the
 * client accepts it, as any production host does.
 * @param {{ root?: string, files?: Record<string, string | Uint8Array> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ root, files = {} }) {
  const cache = new Map()
  async function load(path) {
    if (path in files) return files[path]
    if (!root) return undefined
    const file = normalize(join(root, path))
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined
    return readFile(file).catch(() => undefined)
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const key = path.endsWith('/') ? `${path}index.html` : path
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']))
    void (async () => {
      let entry = cache.get(key)
      if (!entry) {
        const body = await load(key)
        if (body === undefined) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
          return
        }
        const type = TYPES[extname(key)] ?? 'application/octet-stream'
        const raw = Buffer.from(body)
        entry = {
          type,
          raw,
          zipped: COMPRESSIBLE.has(extname(key)) ? gzipSync(raw) : undefined,
        }
        cache.set(key, entry)
      }
      const zipped = gzip && entry.zipped
      response.writeHead(200, {
        'content-type': entry.type,
        'cache-control': key.includes('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        ...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      })
      response.end(zipped ? entry.zipped : entry.raw)
    })().catch((error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
