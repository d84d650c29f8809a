import { useCallback, useEffect, useState } from 'react';

/**
 * The rows ticked in a resource table, by row key. Rows that leave the list (deleted, filtered
 * out on the server) leave the selection too, so a batch never names a row no longer shown.
 */
export function useSelection(present: ReadonlyMap<string, unknown>) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setSelected((sel) => {
      const next = new Set([...sel].filter((k) => present.has(k)));
      return next.size === sel.size ? sel : next;
    });
  }, [present]);
  const toggle = useCallback(
    (key: string) =>
      setSelected((sel) => {
        const next = new Set(sel);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback((keys: string[], on: boolean) => setSelected(on ? new Set(keys) : new Set()), []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, toggleAll, clear };
}
