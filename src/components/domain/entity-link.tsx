import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import type { EntityRef } from '@/api/contracts/entities';
import { EntityIcon } from './entity-icon';
import { entityPath } from './entity-path';

import { EntityName } from './entity-name';

// The card loads on the first hover or focus: pages full of entity links don't pay for it up front.
const MiniProfile = lazy(() => import('./mini-profile'));

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    minWidth: 0,
    verticalAlign: 'bottom',
  },
});

/** Focus that came from the keyboard (`:focus-visible`); true where the selector isn't known. */
function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 200;

/**
 * A link to an entity's profile that shows its mini-profile (catalog §8.4) on hover and on
 * keyboard focus; Escape, leaving, or blur closes it. The name renders as inert, isolated text.
 */
export function EntityLink({
  entity,
  icon = false,
  className,
}: {
  entity: Pick<EntityRef, 'id' | 'kind' | 'name'> &
    Partial<Pick<EntityRef, 'tags' | 'computerRole'>>;
  /** Show the entity's icon before the name. */
  icon?: boolean;
  className?: string;
}) {
  const styles = useStyles();
  const to = entityPath(entity);
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback((next: boolean, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(next), delay);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        clearTimeout(timer.current);
        setOpen(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const cardId = `mini-profile-${entity.id}`;
  return (
    <>
      <Link
        ref={setAnchor}
        href={href}
        onClick={(event) => {
          clearTimeout(timer.current);
          setOpen(false);
          onClick(event);
        }}
        className={mergeClasses(styles.root, className)}
        aria-describedby={open ? cardId : undefined}
        onMouseEnter={() => schedule(true, OPEN_DELAY_MS)}
        onMouseLeave={() => schedule(false, CLOSE_DELAY_MS)}
        onFocus={(event) => {
          // Keyboard focus only: a click focuses the link too, and navigates at once.
          if (isKeyboardFocus(event.currentTarget)) schedule(true, 0);
        }}
        onBlur={() => schedule(false, 0)}
      >
        {icon && <EntityIcon entity={{ ...entity, tags: entity.tags ?? [] }} />}
        <EntityName name={entity.name} />
      </Link>
      {open && (
        <Suspense fallback={null}>
          <MiniProfile
            id={cardId}
            entityId={entity.id}
            anchor={anchor}
            onPointerEnter={() => clearTimeout(timer.current)}
            onPointerLeave={() => schedule(false, CLOSE_DELAY_MS)}
          />
        </Suspense>
      )}
    </>
  );
}
