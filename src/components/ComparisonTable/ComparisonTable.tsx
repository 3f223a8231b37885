'use client'
import { useId, type ReactNode } from 'react'
import { useSupportHub } from '../SupportHubProvider/context'

export interface ComparisonColumn {
  id: string
  header: ReactNode
  /** The visitor's own plan: marked in words ("Your plan") and in style. */
  highlighted: boolean
}

export interface ComparisonRow {
  id: string
  header: ReactNode
  /** One cell per column, in column order. */
  cells: ReactNode[]
}

export interface ComparisonTableProps {
  caption: ReactNode
  /** The row headers' column heading. */
  corner: ReactNode
  columns: readonly ComparisonColumn[]
  rows: readonly ComparisonRow[]
  /** A last row without a row header (calls to action). */
  footerCells?: ReactNode[] | undefined
  footnote?: ReactNode
  /** `data-part` of the root, naming the component. */
  part: string
  className?: string | undefined
}

/**
 * A real data table shared by the SLA and plan tables: a caption, column and row headers with
 * `scope`, the visitor's column named "Your plan" in its header (so every cell of it is read
 * with it), and on narrow screens a horizontal scroll with the row headers kept in view. The
 * scrolling region is focusable and labelled by the caption, so keyboards can scroll it.
 */
export function ComparisonTable({
  caption,
  corner,
  columns,
  rows,
  footerCells,
  footnote,
  part,
  className,
}: ComparisonTableProps) {
  const { t } = useSupportHub('ComparisonTable')
  const captionId = useId()
  const hintId = useId()
  return (
    <div className={className ? `rsh-table ${className}` : 'rsh-table'} data-part={part}>
      <p id={hintId} className="rsh-table__hint">
        {t('tables.scrollHint')}
      </p>
      <div
        className="rsh-table__scroll"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={hintId}
        // A keyboard user must be able to scroll a table wider than the screen.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="rsh-table__table">
          <caption id={captionId} className="rsh-table__caption">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="rsh-table__corner">
                {corner}
              </th>
              {columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className="rsh-table__column"
                  data-highlighted={column.highlighted ? '' : undefined}
                >
                  {column.header}
                  {column.highlighted && ' '}
                  {column.highlighted && (
                    <span className="rsh-table__badge" data-part="your-plan">
                      {t('tables.yourPlan')}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="rsh-table__row-header">
                  {row.header}
                </th>
                {row.cells.map((cell, i) => (
                  <td
                    key={columns[i]?.id ?? i}
                    className="rsh-table__cell"
                    data-highlighted={columns[i]?.highlighted ? '' : undefined}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {footerCells && (
            <tfoot>
              <tr>
                <td className="rsh-table__corner" />
                {footerCells.map((cell, i) => (
                  <td
                    key={columns[i]?.id ?? i}
                    className="rsh-table__cell"
                    data-highlighted={columns[i]?.highlighted ? '' : undefined}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {footnote && <p className="rsh-table__footnote">{footnote}</p>}
    </div>
  )
}
