import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/**
 * Links for long lists: plain anchors styled like Fluent links, whose clicks one handler on the
 * container turns into in-app navigations. A Fluent Link per cell cost ~1 ms each to render, and
 * a 200-entity graph's table has ~2,000 of them.
 */
export const usePlainLinkStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: '2px' },
  },
});

export function PlainLink({
  to,
  className,
  children,
}: {
  to: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <a href={to} data-in-app="" className={className}>
      {children}
    </a>
  );
}

/** The click handler for a container of plain links (modified clicks open the browser's way). */
export function useInAppLinks() {
  const navigate = useNavigate();
  return (event: React.MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest?.('a[data-in-app]');
    if (!anchor) return;
    event.preventDefault();
    void navigate(anchor.getAttribute('href') ?? '/');
  };
}
