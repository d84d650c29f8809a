import { useId, useMemo, useState } from 'react';
import { useRovingFocus } from '../kit/use-roving-focus.js';
import { useTranslation } from 'react-i18next';
import { useClouds } from '../stores/clouds.js';
import { useUi } from '../stores/ui.js';
import { buildCommands, findServerCommands, matchCommands } from './commands.js';
import { Modal } from '../kit/Modal.js';
import { useScopeChoices } from './use-scope-choices.js';

/** Ctrl+K: type to filter (screens, clouds, the current cloud's servers by name or id), arrows to move, Enter to run. */
export function CommandPalette() {
  const { t } = useTranslation();
  const profiles = useClouds((s) => s.profiles);
  const { theme, logOpen, setPaletteOpen } = useUi();
  const [query, setQuery] = useState('');
  const listId = useId();
  const choices = useScopeChoices();
  const commands = useMemo(() => buildCommands(t, profiles, theme, logOpen, choices), [t, profiles, theme, logOpen, choices]);
  const shown = matchCommands([...commands, ...findServerCommands(t, query)], query);
  // The focus stays in the input (aria-activedescendant): no item takes the hook's refs, so
  // the shared arrow-key handling only moves the active index.
  const { active, setActive, onKeyDown: move } = useRovingFocus(shown.length, { focusOnMount: false });
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));
  const close = () => setPaletteOpen(false);

  function run(i: number) {
    const c = shown[i];
    if (!c) return;
    close();
    c.run();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Enter') {
      e.preventDefault();
      run(activeIndex);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // Home and End stay the text field's own (caret to either end)
      move(e);
    }
  }

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Modal title={t('palette.title')} onClose={close}>
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? optionId(activeIndex) : undefined}
        aria-label={t('palette.inputLabel')}
        placeholder={t('palette.placeholder')}
        value={query}
        data-autofocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.resultsLabel')} className="palette-list">
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'palette-item active' : 'palette-item'}
            onMouseMove={() => setActive(i)}
            onClick={() => run(i)}
          >
            <span className="palette-title">{c.title}</span>
            <span className="muted small">{c.group}</span>
            {c.shortcut && <kbd className="shortcut">{c.shortcut}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="muted palette-empty">{t('palette.none')}</li>}
      </ul>
    </Modal>
  );
}
