interface ModelTableProps<T extends { handle: string }> {
  title: string;
  groups: Array<[string, T[]]>;
  columns: [string, string, string];
  row: (item: T) => [string, string, string];
}

export function ModelTable<T extends { handle: string }>({ title, groups, columns, row }: ModelTableProps<T>) {
  return (
    <section aria-label={title} className="space-y-3">
      <h2 className="text-lg font-medium">{title}</h2>
      {groups.length === 0 ? (
        <p className="text-sm text-zinc-500">None: the server has no provider for these.</p>
      ) : null}
      {groups.map(([provider, items]) => (
        <table
          key={provider}
          className="w-full rounded-lg border border-zinc-200 bg-white text-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          <caption className="px-1 py-1 text-left text-sm font-medium">{provider}</caption>
          <thead className="bg-zinc-100 text-left text-xs uppercase tracking-wide text-zinc-500 dark:bg-zinc-800">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-4 py-2">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.handle} className="border-t border-zinc-200 dark:border-zinc-800">
                {row(item).map((cell, index) => (
                  <td key={index} className={`px-4 py-2 ${index === 0 ? "font-mono text-xs" : ""}`}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
