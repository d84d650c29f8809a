import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';

/** The cloud's negotiated compute microversion (`clouds.computeVersion`), undefined until known. */
export function useComputeVersion(cloud: string): string | undefined {
  const [version, setVersion] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    setVersion(undefined);
    void api.invoke('clouds.computeVersion', { cloud }).then((r) => live && r.ok && setVersion(r.value.negotiated));
    return () => {
      live = false;
    };
  }, [cloud]);
  return version;
}
