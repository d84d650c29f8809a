import { useState, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from './draft.js';
import { FieldError, fieldId } from './launch-context.js';

/** Server tags as removable chips; Enter or comma adds the typed tag. */
export function TagsInput({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const tags = useWatch({ control, name: 'tags' });
  const [text, setText] = useState('');

  const add = () => {
    const parts = text
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    setValue('tags', [...tags, ...parts], { shouldDirty: true, shouldTouch: true });
    setText('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className="kit-stack tags-input">
      <ul className="kit-plain kit-row chips" aria-labelledby={labelledBy}>
        {tags.map((tag, i) => (
          <li key={`${tag}-${i}`} className="chip">
            <span>{tag}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('details.removeTag', { tag })}
              onClick={() =>
                setValue(
                  'tags',
                  tags.filter((_, j) => j !== i),
                  { shouldDirty: true },
                )
              }
            >
              ×
            </button>
            <FieldError path={`tags.${i}`} />
          </li>
        ))}
      </ul>
      <input
        type="text"
        id={fieldId('tags')}
        aria-labelledby={labelledBy}
        placeholder={t('details.tagPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        onBlur={add}
      />
    </div>
  );
}
