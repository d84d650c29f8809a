import { create } from 'zustand';
import type { Result, SerializedError } from '../../../../shared/errors.js';
import { request, send } from '../../kit/request.js';
import { computeRows, networkRows, volumeRows, type UsageRow } from './overview-rows.js';

/**
 * Each cloud's quotas with usage, one channel per service (Nova, Neutron, Cinder), each
 * loaded and failing on its own: a cloud without block storage still shows compute and
 * network. The overview of one cloud and the across-clouds table read the same entries.
 */
const QUOTAS = request('quotas.usage', (cloud: string) => ({ cloud }));
const KEYPAIRS = request('keypairs.list', (cloud: string) => ({ cloud }));
const NETWORK = request('networkQuotas.details', (cloud: string) => ({ cloud }));
const VOLUME = request('volumeQuotas.usage', (cloud: string) => ({ cloud }));

const rowsOf = <T>(r: Result<T>, rows: (answer: T) => UsageRow[]): Result<UsageRow[]> => (r.ok ? { ok: true, value: rows(r.value) } : r);

export const SERVICES = {
  compute: async (cloud: string) => {
    const [quota, keypairs] = await Promise.all([send(QUOTAS, cloud), send(KEYPAIRS, cloud)]);
    return rowsOf(quota, (q) => computeRows(q, keypairs.ok ? keypairs.value.length : undefined));
  },
  network: async (cloud: string) => rowsOf(await send(NETWORK, cloud), networkRows),
  volume: async (cloud: string) => rowsOf(await send(VOLUME, cloud), volumeRows),
} satisfies Record<string, (cloud: string) => Promise<Result<UsageRow[]>>>;

export type Service = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as Service[];

/** A service's rows keep their last answer while reloading or after a failed reload. */
export type ServiceUsage =
  | { state: 'loading'; rows?: UsageRow[] | undefined }
  | { state: 'ok'; rows: UsageRow[] }
  | { state: 'error'; error: SerializedError; rows?: UsageRow[] | undefined };

type CloudUsage = Partial<Record<Service, ServiceUsage>>;

interface OverviewState {
  byCloud: Record<string, CloudUsage>;
  /** the across-clouds table rather than the current cloud's sections */
  across: boolean;
  setAcross(on: boolean): void;
  /** every service of the cloud, or only one (a retry) */
  load(cloud: string, only?: Service): Promise<void>;
}

// the last request sent per cloud and service: an older answer arriving later is dropped
const tickets = new Map<string, number>();
let nextTicket = 0;

export const useOverview = create<OverviewState>()((set) => {
  const put = (cloud: string, service: Service, u: ServiceUsage) =>
    set((s) => ({ byCloud: { ...s.byCloud, [cloud]: { ...s.byCloud[cloud], [service]: u } } }));

  async function loadOne(cloud: string, service: Service): Promise<void> {
    const key = `${cloud}\n${service}`;
    const ticket = ++nextTicket;
    tickets.set(key, ticket);
    put(cloud, service, { state: 'loading', rows: useOverview.getState().byCloud[cloud]?.[service]?.rows });
    const r = await SERVICES[service](cloud);
    if (tickets.get(key) !== ticket) return;
    if (r.ok) put(cloud, service, { state: 'ok', rows: r.value });
    else put(cloud, service, { state: 'error', error: r.error, rows: useOverview.getState().byCloud[cloud]?.[service]?.rows });
  }

  return {
    byCloud: {},
    across: false,
    setAcross: (on) => set({ across: on }),
    async load(cloud, only) {
      await Promise.all((only ? [only] : SERVICE_NAMES).map((s) => loadOne(cloud, s)));
    },
  };
});

/** A service the cloud's catalog does not have: said in one line, not as a failure. */
export const isAbsent = (u: ServiceUsage | undefined): boolean => u?.state === 'error' && u.error.kind === 'endpoint_not_found';
