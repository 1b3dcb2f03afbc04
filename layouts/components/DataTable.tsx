import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  /** Names the scrolling region for screen readers. */
  label: string;
  caption: ReactNode;
  /** The first column heads its row (th scope="row"). */
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowId?: (row: T) => string;
  className?: string;
}

/**
 * Every table of the site: caption, column and row headers, and its own scroll box so that a 320 px
 * screen never scrolls the whole page sideways.
 */
export function DataTable<T>({ label, caption, columns, rows, rowKey, rowId, className }: DataTableProps<T>) {
  const [first, ...rest] = columns;
  return (
    <section className="tabla-desplazable" aria-label={`Tabla: ${label}`} tabIndex={0}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} id={rowId?.(row)}>
              <th scope="row">{first!.cell(row)}</th>
              {rest.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
