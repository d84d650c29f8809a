// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/errors.js';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import '../../i18n/index.js';
import { ProfileForm } from './ProfileForm.js';
import { emptyForm, formFieldOf, toDraftInput } from './profile-form.js';
import { testProfile } from '../../lib/test-profile.js';

let calls: { channel: string; input: unknown }[] = [];
let answer: (channel: string, input: unknown) => Result<unknown> = () => ({ ok: false, error: { kind: 'internal', message: 'no answer' } });

beforeEach(() => {
  calls = [];
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (channel: string, input: unknown) => {
      calls.push({ channel, input });
      return answer(channel, input);
    }) as typeof window.novadesk.invoke,
    on: (() => () => {}) as typeof window.novadesk.on,
  };
});
afterEach(cleanup);

async function fillValid(user: ReturnType<typeof userEvent.setup>, name = 'lab') {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), name);
  await user.type(screen.getByRole('textbox', { name: 'Auth URL' }), 'http://127.0.0.1:5000/v3');
  await user.type(screen.getByRole('textbox', { name: 'User name' }), 'demo');
  await user.type(screen.getByRole('textbox', { name: 'Project name' }), 'demo');
}

describe('ProfileForm validation', { timeout: 20_000 }, () => {
  it('shows the schema error on the auth URL field and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm onClose={() => {}} onSaved={() => {}} />);
    await fillValid(user);
    const url = screen.getByRole('textbox', { name: 'Auth URL' });
    await user.clear(url);
    await user.type(url, 'keystone:5000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText(/The auth URL (is not a valid URL|must start with http)/)).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'profiles.save')).toHaveLength(0);
  });

  it('asks for the project when neither name nor id is given', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm onClose={() => {}} onSaved={() => {}} />);
    await fillValid(user);
    await user.clear(screen.getByRole('textbox', { name: 'Project name' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A project name or ID is required.')).toBeTruthy();
  });

  it("puts main's validation error on the field it names", async () => {
    answer = () => ({ ok: false, error: { kind: 'validation', message: 'a profile named "lab" already exists', field: 'name' } });
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm onClose={() => {}} onSaved={() => {}} />);
    await fillValid(user);
    await user.type(screen.getByLabelText('Password'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A profile named "lab" already exists.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    const save = calls.find((c) => c.channel === 'profiles.save')?.input as { profile: { auth: object }; secret?: string };
    expect(save.secret).toBe('s3cret');
    // only the password type's fields reach the schema (it is strict)
    expect(Object.keys(save.profile.auth).sort()).toEqual(['authUrl', 'project', 'type', 'user']);
  });
});

describe('ProfileForm: the Ctrl+n slot', { timeout: 20_000 }, () => {
  it("sends the chosen slot, and shows main's refusal of a taken one on the field", async () => {
    answer = () => ({ ok: false, error: { kind: 'validation', message: 'another profile already has Ctrl+4', field: 'shortcut' } });
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm onClose={() => {}} onSaved={() => {}} />);
    await fillValid(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Shortcut' }), 'Ctrl+4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Another profile already uses Ctrl+4.')).toBeTruthy();
    const save = calls.find((c) => c.channel === 'profiles.save')?.input as { profile: { shortcut?: number } };
    expect(save.profile.shortcut).toBe(4);
  });
});

describe('ProfileForm: a stored secret bound to its auth URL', { timeout: 20_000 }, () => {
  const saved: ProfileView = testProfile('lab-000001', { name: 'lab' });

  it('asks for the secret again when the auth URL moves to another host, and sends nothing without it', async () => {
    answer = (_c, input) => ({ ok: true, value: { ...saved, ...(input as { profile: object }).profile, hasSecret: true } });
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm profile={saved} onClose={() => {}} onSaved={() => {}} />);
    const url = screen.getByRole('textbox', { name: 'Auth URL' });
    await user.clear(url);
    await user.type(url, 'http://127.0.0.2:5000/v3');
    expect(await screen.findByText(/saved for the previous address/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter the secret again/)).toBeTruthy();
    expect(screen.getByLabelText(/^Password/).getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.channel === 'profiles.save')).toHaveLength(0);
    await user.type(screen.getByLabelText(/^Password/), 'typed-again');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const save = calls.find((c) => c.channel === 'profiles.save')?.input as { secret?: string };
    expect(save.secret).toBe('typed-again');
  });

  it("puts main's secret_unavailable refusal on the secret field", async () => {
    answer = () => ({
      ok: false,
      error: { kind: 'secret_unavailable', field: 'secret', message: 'the stored password of profile "lab" (lab-000001) is not sent: it was saved for http://a, not http://b. Enter the password again for the new address.' },
    });
    const user = userEvent.setup({ delay: null });
    render(<ProfileForm profile={{ ...saved, hasSecret: false }} onClose={() => {}} onSaved={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter the secret again/)).toBeTruthy();
    expect(screen.getByLabelText(/^Password/).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('profile form mapping', () => {
  it('keeps only the chosen auth type and drops an empty credential owner', () => {
    const v = emptyForm();
    v.auth.type = 'application_credential';
    v.auth.applicationCredential.id = 'abc';
    const d = toDraftInput(v);
    expect(d.auth).toEqual({ type: 'application_credential', authUrl: '', applicationCredential: { id: 'abc', name: '' } });
  });

  it("maps main's field paths to form fields", () => {
    expect(formFieldOf('profile.auth.authUrl')).toBe('auth.authUrl');
    expect(formFieldOf('tls.caFile')).toBe('tls.caFile');
    expect(formFieldOf('auth.user.domain')).toBe('auth.user.domain.name');
    expect(formFieldOf('scanId')).toBeUndefined();
  });
});
