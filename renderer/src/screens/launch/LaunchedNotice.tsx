import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Stands where the Launch button was after a launch: the form keeps its values, but sending
 * them again takes a deliberate "Launch another like this" first, so a second click on the
 * same spot cannot create a twin server unnoticed.
 */
export function LaunchedNotice({ name, onRearm }: { name: string; onRearm(): void }) {
  const { t } = useTranslation('launch');
  const ref = useRef<HTMLButtonElement>(null);
  // the Launch button that had the focus is gone: the focus stays in the same place
  useEffect(() => {
    if (document.activeElement === document.body) ref.current?.focus();
  }, []);
  return (
    <>
      <span className="muted small" role="status">
        {t('submit.launched', { name })}
      </span>
      <button ref={ref} type="button" className="button" onClick={onRearm}>
        {t('submit.another')}
      </button>
    </>
  );
}
