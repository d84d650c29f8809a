import { useEffect, useRef } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  label: string;
  placeholder: string;
  /** "/" focuses it from anywhere but a field, as in many operator tools */
  slash?: boolean;
}

/** The instant filter over the loaded rows; Escape clears it (and only then stops there). */
export function QuickFilter({ value, onChange, label, placeholder, slash = false }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!slash) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        ref.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slash]);
  return (
    <input
      ref={ref}
      type="search"
      className="kit-quick"
      aria-label={label}
      aria-keyshortcuts={slash ? '/' : undefined}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value) {
          e.stopPropagation();
          onChange('');
        }
      }}
    />
  );
}
