import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '@/api/contracts/entities';
import { EntityIcon } from '@/components/domain/entity-icon';
import { entityPath } from '@/components/domain/entity-link';
import { EntityName } from '@/components/domain/entity-name';
import { EntityTags } from '@/components/domain/entity-tags';
import { paths } from '@/config/paths';
import { entityQueries } from '../api/entity-queries';
import { isTypingTarget, nextActiveIndex, resultCount } from '../utils/search-keys';

const SUGGESTIONS = 8;

const useStyles = makeStyles({
  root: { position: 'relative', width: '440px' },
  field: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus-within': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  icon: { fontSize: '16px', color: tokens.colorNeutralForeground2, flexShrink: 0 },
  input: {
    flexGrow: 1,
    minWidth: 0,
    border: 'none',
    outlineStyle: 'none',
    background: 'transparent',
    color: 'inherit',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
  },
  shortcut: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
  },
  popup: {
    position: 'absolute',
    top: '36px',
    left: 0,
    right: 0,
    zIndex: 100,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  listbox: { margin: 0, padding: 0, listStyleType: 'none' },
  option: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '44px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  domain: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  count: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '36px',
  },
  status: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

function HitOption({ hit }: { hit: SearchHit }) {
  const styles = useStyles();
  return (
    <>
      <EntityIcon entity={hit} />
      <span className={styles.text}>
        <EntityName name={hit.name} />
        <span className={styles.domain}>{hit.domain}</span>
      </span>
      <EntityTags tags={hit.tags} />
    </>
  );
}

/**
 * The header's search box (catalog §2): an ARIA combobox with type-ahead over users, computers
 * and groups. `/` focuses it (unless the user is typing in a field); arrows move through the
 * suggestions, Enter opens the highlighted entity or, on the last line, every result; Escape
 * closes the list, then clears the box.
 */
export function HeaderSearch() {
  const styles = useStyles();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // No debounce: every keystroke asks (the previous request is aborted with its query), and the
  // list renders at a lower priority than the typing.
  const q = useDeferredValue(text.trim());
  const query = useQuery({ ...entityQueries.search(q, 'All', 0, SUGGESTIONS), enabled: q !== '' });

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

  // While the next answer loads, the last one stays (keepPreviousData): the list doesn't flicker.
  const shown = q !== '' ? query.data : undefined;
  const hits = shown?.items ?? [];
  // The options: the hits, then the "See all N results" line.
  const optionCount = shown ? hits.length + 1 : 0;
  const expanded = open && text.trim() !== '';
  const optionId = (index: number) => `${id}-option-${index}`;

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
  const openHit = (hit: SearchHit) => {
    close();
    setText('');
    void navigate(entityPath(hit));
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) openHit(hit);
    else openResults();
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
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          placeholder="Search users, computers, groups"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
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
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Search suggestions"
          className={styles.listbox}
          // What the options answer (the bench times keystroke → options with it).
          data-query={shown?.query}
        >
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={active === index}
              className={mergeClasses(styles.option, active === index && styles.active)}
              // Keep focus in the box: the click still lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openHit(hit)}
              onMouseEnter={() => setActive(index)}
            >
              <HitOption hit={hit} />
            </li>
          ))}
          {shown && (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              className={mergeClasses(
                styles.option,
                styles.count,
                active === hits.length && styles.active,
              )}
              onMouseDown={(event) => event.preventDefault()}
              onClick={openResults}
              onMouseEnter={() => setActive(hits.length)}
            >
              {shown.total === 0 ? 'No results' : `See all ${resultCount(shown.total)}`}
            </li>
          )}
        </ul>
        {!shown && expanded && (
          <div className={styles.status}>
            {query.isError ? (
              <Text>Search is unavailable. Try again in a moment.</Text>
            ) : (
              <Spinner size="tiny" label="Searching…" />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
