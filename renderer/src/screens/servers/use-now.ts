import { useEffect, useState } from 'react';

/** Ages in the list move on by themselves; once every 30 s is enough for "5m". */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
