import { create } from 'zustand';
import type { ImageTransferProgress } from '../../../../shared/domain/image.js';
import { api } from '../../lib/api.js';

export type Transfer = ImageTransferProgress & { cloud: string; fileName: string };

interface TransfersState {
  /** by transfer id, the latest event of each */
  transfers: Record<string, Transfer>;
  begin(t: Pick<Transfer, 'transferId' | 'cloud' | 'fileName' | 'direction' | 'imageId'>): void;
  dismiss(id: string): void;
}

/** Image uploads and downloads in flight, fed by main's `images.transfer` events. */
export const useTransfers = create<TransfersState>()((set) => ({
  transfers: {},
  begin: (t) =>
    set((s) => ({
      transfers: { ...s.transfers, [t.transferId]: { ...t, bytes: 0, totalBytes: undefined, bytesPerSecond: 0, etaSeconds: undefined, phase: 'sending' } },
    })),
  dismiss: (id) =>
    set((s) => {
      const { [id]: _gone, ...rest } = s.transfers;
      return { transfers: rest };
    }),
}));

let off: (() => void) | undefined;

/** Listens once for the app's lifetime: a transfer outlives the screen that started it. */
export function listenToTransfers(): void {
  off ??= api.on('images.transfer', (p) =>
    useTransfers.setState((s) => {
      const known = s.transfers[p.transferId];
      return known ? { transfers: { ...s.transfers, [p.transferId]: { ...known, ...p } } } : s;
    }),
  );
}

const ENDED: ReadonlySet<Transfer['phase']> = new Set(['done', 'failed', 'cancelled']);

/** Still moving bytes (or Glance still importing): it can be cancelled, and the corner shows it. */
export const isRunning = (x: Pick<Transfer, 'phase'>) => !ENDED.has(x.phase);

export const newTransferId = () => crypto.randomUUID();
