/**
 * `configJsonSchema()`: the JSON Schema of a config, generated from the zod schema. The library
 * build writes it to `schema.json` at the package root (`react-support-hub/schema.json`), so an
 * editor can complete and check a config file that names it in `"$schema"`.
 */
import * as z from 'zod/mini'
import { supportConfigSchema } from './schema'

/** The `title` of the generated JSON Schema. */
export const CONFIG_JSON_SCHEMA_TITLE = 'react-support-hub config'

/** The JSON Schema dialect of the generated schema. */
export const CONFIG_JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/**
 * The JSON Schema (draft 2020-12) of a config as written in JSON, generated from
 * `supportConfigSchema`.
 *
 * It describes the input side: fields with a default (`locale`, `timeZone`) are optional and show
 * their `default`. Fields carry their `z.describe()` text as `description`, every object is
 * closed (`additionalProperties: false`, as in the zod schema) and `"$schema"` is an allowed key.
 * It has a `title` and no `$id`, so it can be served from anywhere.
 *
 * The JSON Schema is for editors: it cannot express every rule (valid time zones and locale tags,
 * real dates, ids that refer to each other), so a config it accepts may still be refused by
 * `parseSupportConfig()`, which stays the authority.
 *
 * Pure: builds a new plain JSON object on each call and touches no file.
 *
 * @returns The schema as plain JSON data, ready for `JSON.stringify`.
 */
export function configJsonSchema(): z.core.JSONSchema.JSONSchema {
  const generated = z.toJSONSchema(supportConfigSchema, {
    target: 'draft-2020-12',
    // The schema of the file people write: defaults are optional, not guaranteed.
    io: 'input',
    // Where `z.describe()` puts each field's description.
    metadata: z.globalRegistry,
    // Each field inline, with its own description next to its type (no `$defs` to follow).
    reused: 'inline',
    cycles: 'throw',
    // A zod type with no JSON Schema form fails the build rather than becoming `{}`.
    unrepresentable: 'throw',
  })
  // A plain copy: no non-JSON extras (zod's `~standard`), and no `$id` (nothing sets one, but a
  // schema served from anywhere must not claim an address of its own).
  const schema = JSON.parse(JSON.stringify(generated)) as z.core.JSONSchema.JSONSchema
  delete schema.$schema
  delete schema.$id
  return {
    $schema: CONFIG_JSON_SCHEMA_DIALECT,
    title: CONFIG_JSON_SCHEMA_TITLE,
    $comment: 'Generated from the zod schema of react-support-hub (npm run build). Do not edit.',
    ...schema,
  }
}
