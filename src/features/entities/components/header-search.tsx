import { SearchRegular } from '@fluentui/react-icons';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { entityPath } from '@/components/domain/entity-path';
import { paths } from '@/config/paths';
import { isTypingTarget, nextActiveIndex } from '../utils/search-keys';
import { useHeaderSearchStyles } from './header-search-styles';
import type { SuggestionResults } from './search-suggestions';

// The suggestions (query, contracts, icons, pills) load when the box is first used, not with
// every page: the header is on all of them.
const SearchSuggestions = lazy(() => import('./search-suggestions'));

/**
 * The header's search box (catalog §2): an ARIA combobox with type-ahead over users, computers
 * and groups. `/` focuses it (unless the user is typing in a field); arrows move through the
 * suggestions, Enter opens the highlighted entity or, on the last line, every result; Escape
 * closes the list, then clears the box.
 */
export function HeaderSearch() {
  const styles = useHeaderSearchStyles();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<SuggestionResults | null>(null);
  // No debounce: every keystroke asks (the previous request is aborted with its query), and the
  // list renders at a lower priority than the typing.
  const q = useDeferredValue(text.trim());

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const hits = results?.hits ?? [];
  // The options: the hits, then the "See all N results" line.
  const optionCount = results ? hits.length + 1 : 0;
  const expanded = open && text.trim() !== '';
  const listboxId = `${id}-listbox`;
  const optionId = useCallback((index: number) => `${id}-option-${index}`, [id]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const openResults = () => {
    const term = text.trim();
    if (!term) return;
    close();
    void navigate(`${paths.search}?q=${encodeURIComponent(term)}`);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return openResults();
    close();
    setText('');
    void navigate(entityPath(hit));
  };

  return (
    <div className={styles.root}>
      <div className={styles.field}>
        <SearchRegular className={styles.icon} aria-hidden />
        <input
          ref={input}
          className={styles.input}
          type="text"
          role="combobox"
          aria-label="Search users, computers and groups"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          placeholder="Search users, computers, groups"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setUsed(true);
            setActive(-1);
          }}
          onFocus={() => {
            setOpen(true);
            setUsed(true);
          }}
          onPointerEnter={() => setUsed(true)}
          onBlur={close}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setOpen(true);
              setActive((current) => nextActiveIndex(current, event.key, optionCount));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (expanded && active >= 0) choose(active);
              else openResults();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              if (expanded) close();
              else setText('');
            }
          }}
        />
        {!text && (
          <kbd className={styles.shortcut} aria-hidden>
            /
          </kbd>
        )}
      </div>
      <div className={styles.popup} hidden={!expanded}>
        {used ? (
          <Suspense fallback={<EmptyListbox id={listboxId} />}>
            <SearchSuggestions
              listboxId={listboxId}
              optionId={optionId}
              q={q}
              expanded={expanded}
              active={active}
              onResults={setResults}
              onChoose={choose}
              onHover={setActive}
            />
          </Suspense>
        ) : (
          <EmptyListbox id={listboxId} />
        )}
      </div>
    </div>
  );
}

/** The listbox the box controls, before its suggestions have loaded. */
function EmptyListbox({ id }: { id: string }) {
  const styles = useHeaderSearchStyles();
  return <ul id={id} role="listbox" aria-label="Search suggestions" className={styles.listbox} />;
}
