import { useEffect } from 'react';
import { SERVICE_NAMES, useOverview } from './overview-store.js';
import { ServiceSection } from './ServiceSection.js';

/** The current cloud's quotas and usage, compute, network and block storage side by side. */
export function ProjectUsage({ cloud }: { cloud: string }) {
  const usage = useOverview((s) => s.byCloud[cloud]);
  useEffect(() => {
    void useOverview.getState().load(cloud);
  }, [cloud]);
  return (
    <div className="overview-grid">
      {SERVICE_NAMES.map((s) => (
        <ServiceSection key={s} cloud={cloud} service={s} usage={usage?.[s]} />
      ))}
    </div>
  );
}
