import { mergeClasses, Spinner, Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SearchHit } from '@/api/contracts/entities';
import { EntityIcon } from '@/components/domain/entity-icon';
import { EntityName } from '@/components/domain/entity-name';
import { EntityTags } from '@/components/domain/entity-tags';
import { entityQueries } from '../api/entity-queries';
import { resultCount } from '../utils/search-keys';
import { useHeaderSearchStyles } from './header-search-styles';

const SUGGESTIONS = 8;

export interface SuggestionResults {
  hits: SearchHit[];
  total: number;
}

function HitOption({ hit }: { hit: SearchHit }) {
  const styles = useHeaderSearchStyles();
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
 * The type-ahead's listbox: asks the service for `q` and renders the hits and the "See all N
 * results" line; tells the box what it shows, so the box's keys can move through it. Loaded when
 * the search box is first used (it isn't needed to draw the header).
 */
export default function SearchSuggestions({
  listboxId,
  optionId,
  q,
  expanded,
  active,
  onResults,
  onChoose,
  onHover,
}: {
  listboxId: string;
  optionId: (index: number) => string;
  q: string;
  expanded: boolean;
  active: number;
  onResults: (results: SuggestionResults | null) => void;
  onChoose: (index: number) => void;
  onHover: (index: number) => void;
}) {
  const styles = useHeaderSearchStyles();
  const query = useQuery({ ...entityQueries.search(q, 'All', 0, SUGGESTIONS), enabled: q !== '' });
  // While the next answer loads, the last one stays (keepPreviousData): the list doesn't flicker.
  const shown = q !== '' ? query.data : undefined;
  useEffect(() => {
    onResults(shown ? { hits: shown.items, total: shown.total } : null);
  }, [shown, onResults]);
  const hits = shown?.items ?? [];

  const option = (index: number) => ({
    id: optionId(index),
    role: 'option' as const,
    'aria-selected': active === index,
    // Keep focus in the box: the click still lands.
    onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
    onClick: () => onChoose(index),
    onMouseEnter: () => onHover(index),
  });

  return (
    <>
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Search suggestions"
        className={styles.listbox}
        // What the options answer (the bench times keystroke → options with it).
        data-query={shown?.query}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            {...option(index)}
            className={mergeClasses(styles.option, active === index && styles.active)}
          >
            <HitOption hit={hit} />
          </li>
        ))}
        {shown && (
          <li
            {...option(hits.length)}
            className={mergeClasses(
              styles.option,
              styles.count,
              active === hits.length && styles.active,
            )}
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
    </>
  );
}
