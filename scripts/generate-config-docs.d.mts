/** The JSON Schema the reference is generated from (schema.json at the repository root). */
export declare const SCHEMA_FILE: string

/** The page the reference is written into (docs/config.md). */
export declare const DOC_FILE: string

/** Starts the generated reference in docs/config.md. */
export declare const BEGIN_MARKER: string

/** Ends the generated reference in docs/config.md. */
export declare const END_MARKER: string

/** The anchor GitHub gives a Markdown heading (`` `hours.weekly[]` `` -> `hoursweekly`). */
export declare function headingSlug(heading: string): string

/**
 * The field reference of the config's JSON Schema in Markdown, before Prettier: what
 * docs/config.md holds between its markers. Throws on a schema keyword it cannot show.
 */
export declare function renderReference(schema: object): string

/**
 * `doc` with the reference between its markers generated anew from `schema`, formatted with the
 * Prettier config that applies to `filepath` (docs/config.md by default).
 */
export declare function updateConfigDocs(
  doc: string,
  schema: object,
  filepath?: string,
): Promise<string>
