import { RadarRegular } from '@fluentui/react-icons';
import type { NavSection } from '@/components/layout/side-nav';
import { paths } from '@/config/paths';

/** The left navigation. Add a page here only when its route exists. */
export function portalNavigation(): NavSection[] {
  return [
    {
      title: 'Configuration',
      items: [{ label: 'Sensors', to: paths.sensors, icon: <RadarRegular /> }],
    },
  ];
}
