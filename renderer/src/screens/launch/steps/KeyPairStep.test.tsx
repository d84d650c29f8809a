// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import type { Keypair } from '../../../../../shared/domain/keypair.js';
import '../../../i18n/index.js';
import type { LaunchDraft } from '../draft.js';
import { LaunchUiProvider, type LaunchUi } from '../launch-context.js';
import { KeyPairStep } from './KeyPairStep.js';

afterEach(cleanup);

const key = (name: string): Keypair => ({ name, type: 'ssh', fingerprint: `fp-${name}`, publicKey: 'ssh-ed25519 AAAA', userId: undefined, createdAt: undefined });

function Harness({ keypairs, keyName = '', children }: { keypairs: Keypair[]; keyName?: string; children: ReactNode }) {
  const form = useForm<LaunchDraft>({ defaultValues: { keyName } as LaunchDraft });
  const ui: LaunchUi = {
    cloud: 'c1',
    lookups: { keypairs: { state: 'ok', data: keypairs, at: 0 } },
    microversion: undefined,
    usage: undefined,
    errorFor: () => undefined,
    reload: () => {},
    nameInUse: undefined,
  };
  return (
    <FormProvider {...form}>
      <LaunchUiProvider value={ui}>{children}</LaunchUiProvider>
    </FormProvider>
  );
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('KeyPairStep', () => {
  it('chooses the only key pair by itself', () => {
    render(
      <Harness keypairs={[key('mine')]}>
        <KeyPairStep />
      </Harness>,
    );
    expect(radio('mine').checked).toBe(true);
    expect(radio('No key pair').checked).toBe(false);
  });

  it('leaves the choice to the user when there are several, or one was made', () => {
    render(
      <Harness keypairs={[key('a'), key('b')]}>
        <KeyPairStep />
      </Harness>,
    );
    expect(radio('No key pair').checked).toBe(true);
    cleanup();
    render(
      <Harness keypairs={[key('mine')]} keyName="other">
        <KeyPairStep />
      </Harness>,
    );
    expect(radio('mine').checked).toBe(false);
  });

  it('"No key pair" chosen after the automatic choice stays', async () => {
    render(
      <Harness keypairs={[key('mine')]}>
        <KeyPairStep />
      </Harness>,
    );
    await userEvent.click(radio('No key pair'));
    expect(radio('No key pair').checked).toBe(true);
    expect(radio('mine').checked).toBe(false);
  });
});
