"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "./fields";

interface PairColumn {
  /** "Block label" becomes "Block label 1", "Block label 2"… */
  label: string;
  field: string;
  rows?: number;
}

/**
 * Rows of two fields with a remove button each, and an add button: the case form's starting memory (label, value)
 * and the grader form's tool arguments (name, pattern).
 */
export function PairRows<Row extends Record<Key, string>, Key extends string>({
  legend,
  rows,
  keys,
  columns,
  errors,
  removeLabel,
  addLabel,
  onChange,
}: {
  legend: string;
  rows: Row[];
  keys: [Key, Key];
  columns: [PairColumn, PairColumn];
  /** The error of a row, shown under its second field. */
  errors: (row: Row, index: number) => string | undefined;
  /** "Remove block" becomes "Remove block 1"… */
  removeLabel: string;
  addLabel: string;
  onChange: (rows: Row[]) => void;
}) {
  const setCell = (index: number, key: Key, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  const empty = Object.fromEntries(keys.map((key) => [key, ""])) as Row;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[1fr_2fr_auto] items-start gap-2">
          {columns.map((column, at) => {
            const key = keys[at === 0 ? 0 : 1];
            return (
              <TextField
                key={column.field}
                label={`${column.label} ${index + 1}`}
                field={`${column.field}-${index}`}
                value={row[key]}
                rows={column.rows}
                error={at === 1 ? errors(row, index) : undefined}
                onChange={(value) => setCell(index, key, value)}
              />
            );
          })}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="mt-6"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {removeLabel} {index + 1}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" size="sm" onClick={() => onChange([...rows, empty])}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
