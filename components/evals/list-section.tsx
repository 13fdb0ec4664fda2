import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cellClass, mutedText, sectionClass, tableClass } from "./styles";

/**
 * A dataset's list of cases or graders: its heading with the count, a table (a last column for the row's actions),
 * and below it the open form or the button that opens one.
 */
export function ListSection({
  id,
  title,
  count,
  columns,
  rows,
  form,
  addLabel,
  onAdd,
}: {
  id: string;
  /** "Cases": the heading reads "Cases (3)", the empty list "No cases yet." */
  title: string;
  count: number;
  columns: string[];
  rows: ReactNode;
  form: ReactNode | null;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={sectionClass}>
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {title} ({count})
      </h2>
      {count === 0 ? <p className={`text-sm ${mutedText}`}>No {title.toLowerCase()} yet.</p> : null}
      {count > 0 ? (
        <table className={tableClass}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} className={cellClass}>
                  {column}
                </th>
              ))}
              <th className={cellClass}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      ) : null}
      {form ?? (
        <Button type="button" variant="secondary" onClick={onAdd}>
          {addLabel}
        </Button>
      )}
    </section>
  );
}
