/** A fenced code block of a markdown file, and what the checker does with it. */
export interface DocBlock {
  /** The markdown file, relative to the repository (`docs/theming.md`). */
  file: string
  /** The 1-based line of the block's first code line in the markdown. */
  line: number
  /** The fence's language, lower case (`tsx`). */
  lang: string
  /** The block's text. */
  code: string
  /**
   * Type-checked, parsed as a config, only written (a JSON file another block imports), skipped
   * by a `not-checked` marker, or not checked (a language that is not checked).
   */
  action: 'typecheck' | 'config' | 'file' | 'skip' | 'none'
  /** Why it is skipped (the `not-checked` marker's text). */
  reason?: string
  /** Its path in a multi-file example (the `file` marker). */
  path?: string
}

/** A problem at a line of a file: a markdown file for a block, a source file otherwise. */
export interface DocProblem {
  file: string
  line: number
  message: string
}

export declare function extractBlocks(
  markdown: string,
  file: string,
): { blocks: DocBlock[]; problems: DocProblem[] }

export declare function typecheckBlocks(
  blocks: DocBlock[],
  options?: { outDir?: string; tsconfig?: string },
): DocProblem[]

export declare function parseConfigBlocks(blocks: DocBlock[]): Promise<DocProblem[]>

export declare function checkDocExamples(
  files: string[],
  options?: { outDir?: string },
): Promise<{ typechecked: number; configs: number; skipped: DocBlock[]; problems: DocProblem[] }>

export declare function docFiles(): string[]
