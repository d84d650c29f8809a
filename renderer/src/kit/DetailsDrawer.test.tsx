// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/index.js';
import { DetailsDrawer } from './DetailsDrawer.js';

afterEach(cleanup);

const tabs = [
  { id: 'a', label: 'Overview', render: () => <p>overview body</p> },
  { id: 'b', label: 'Public key', render: () => <p>key body</p> },
  { id: 'c', label: 'Members', render: () => <p>members body</p> },
];

describe('DetailsDrawer', () => {
  it('tabs: arrows move between them (wrapping), the panel follows, a new subject starts on the first', async () => {
    const { rerender } = render(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} onClose={() => {}} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('overview body');
    await userEvent.click(screen.getByRole('tab', { name: 'Public key' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('key body');
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Members' }));
    expect(screen.getByRole('tab', { name: 'Members' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tabpanel').textContent).toBe('overview body');
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tabpanel').textContent).toBe('members body');
    rerender(<DetailsDrawer subjectKey="y" title="beta" tabs={tabs} onClose={() => {}} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('overview body');
  });

  it('another subject scrolls the body back to the top', () => {
    const { rerender, container } = render(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} onClose={() => {}} />);
    const body = container.querySelector<HTMLElement>('.kit-drawer-body')!;
    const scrollTo = vi.fn();
    body.scrollTo = scrollTo as never;
    rerender(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} onClose={() => {}} />);
    expect(scrollTo).not.toHaveBeenCalled();
    rerender(<DetailsDrawer subjectKey="y" title="beta" tabs={tabs} onClose={() => {}} />);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });

  it('opens the tab an action asks for, again for each new request', async () => {
    const { rerender } = render(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} openTab={{ id: 'c', seq: 1 }} onClose={() => {}} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('members body');
    await userEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    rerender(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} openTab={{ id: 'c', seq: 2 }} onClose={() => {}} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('members body');
  });

  it('Escape closes', async () => {
    const onClose = vi.fn();
    render(<DetailsDrawer subjectKey="x" title="alpha" tabs={tabs} onClose={onClose} />);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
