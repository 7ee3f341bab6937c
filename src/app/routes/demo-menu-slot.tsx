import { lazy, Suspense } from 'react';

// Statically false in production builds, so the demo menu is not even bundled there.
const DemoMenu =
  import.meta.env.VITE_DEMO === 'true'
    ? lazy(() =>
        import('@/features/demo/components/demo-menu').then((m) => ({ default: m.DemoMenu })),
      )
    : null;

/** The Demo menu in demo builds; nothing in production builds. */
export function DemoMenuSlot() {
  if (!DemoMenu) return null;
  return (
    <Suspense fallback={null}>
      <DemoMenu />
    </Suspense>
  );
}
