import {
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  type MenuProps,
} from '@fluentui/react-components';
import type { RefObject } from 'react';
import { useTheme, type ThemePreference } from '@/lib/theme';

export const themeLabels: Record<ThemePreference, string> = {
  light: 'Light',
  dark: 'Dark',
  system: 'System',
};

/** The theme choices; loaded when first opened (it isn't needed to render a page). */
export default function ThemeMenu({
  target,
  open,
  onOpenChange,
}: {
  target: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { preference, setPreference } = useTheme();
  const onChange: MenuProps['onCheckedValueChange'] = (_e, data) => {
    const next = data.checkedItems[0];
    if (next === 'light' || next === 'dark' || next === 'system') setPreference(next);
  };
  return (
    <Menu
      open={open}
      onOpenChange={(_e, data) => onOpenChange(data.open)}
      positioning={{ target: target.current, position: 'below', align: 'end' }}
      checkedValues={{ theme: [preference] }}
      onCheckedValueChange={onChange}
    >
      <MenuPopover>
        <MenuList>
          {(Object.keys(themeLabels) as ThemePreference[]).map((value) => (
            <MenuItemRadio key={value} name="theme" value={value}>
              {themeLabels[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
