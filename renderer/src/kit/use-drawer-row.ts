import { useCallback, useRef, useState } from 'react';

export interface DrawerRow<Row> {
  openKey: string | undefined;
  /** the open row; once it has left the list (deleted), its last copy */
  row: Row | undefined;
  /** false once the open row has left the list */
  present: boolean;
  /** a tab asked for (a row menu's "Action log"); a new `seq` asks again for the same tab */
  openTab: { id: string; seq: number } | undefined;
  show(key: string, tab?: string): void;
  close(): void;
}

/** Which row the details drawer shows, kept on screen after the row leaves the list. */
export function useDrawerRow<Row>(byKey: ReadonlyMap<string, Row>): DrawerRow<Row> {
  const [openKey, setOpenKey] = useState<string | undefined>();
  const [openTab, setOpenTab] = useState<{ id: string; seq: number } | undefined>();
  const lastOpen = useRef<Row | undefined>(undefined);
  const present = openKey ? byKey.get(openKey) : undefined;
  if (present) lastOpen.current = present;
  const show = useCallback((key: string, tab?: string) => {
    setOpenKey(key);
    setOpenTab((o) => (tab ? { id: tab, seq: (o?.seq ?? 0) + 1 } : undefined));
  }, []);
  const close = useCallback(() => setOpenKey(undefined), []);
  return { openKey, row: openKey ? (present ?? lastOpen.current) : undefined, present: !!present, openTab, show, close };
}
