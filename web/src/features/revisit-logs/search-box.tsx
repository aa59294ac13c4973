import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 350;

interface Props {
  /** The applied keywords (from the URL). */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}

/**
 * The keyword box: typing waits for a pause before it changes the URL (one request per pause, not per key);
 * Enter and the clear button apply at once. A value changed elsewhere (重置, back button) replaces the text.
 * The pause is counted from the last key or the end of an input method's composition.
 */
export function SearchBox({ value, onSearch }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // While an input method composes (pinyin letters before the characters), nothing is searched.
  const composing = useRef(false);
  // The latest callback without restarting the pause when the parent re-renders.
  const search = useRef(onSearch);
  search.current = onSearch;

  // Keep what is typed when the URL only caught up with it ("报价 " before the next word keeps its space).
  useEffect(() => {
    setText((current) => (current.trim() === (value ?? '') ? current : (value ?? '')));
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const later = (next: string) => {
    clearTimeout(timer.current);
    if (!composing.current) timer.current = setTimeout(() => apply(next), DEBOUNCE_MS);
  };
  const apply = (next: string) => {
    clearTimeout(timer.current);
    const q = next.trim() || undefined;
    if (q !== (value ?? undefined)) search.current(q);
  };

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        apply(text);
      }}
    >
      <svg className="search-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z" /></svg>
      <input
        type="search"
        name="q"
        className="search-field"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        enterKeyHint="search"
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          later(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
          clearTimeout(timer.current);
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          later(event.currentTarget.value);
        }}
      />
      {text !== '' && (
        <button
          type="button"
          className="search-clear"
          data-action="clear-search"
          aria-label={t('search.clear')}
          onClick={() => {
            setText('');
            apply('');
          }}
        >
          ×
        </button>
      )}
    </form>
  );
}
