/** Removes the `z.describe('…')` arguments from a schema module's source. */
export function stripDescriptions(
  code: string,
  fileName?: string,
): { code: string; removed: number }
