import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  type MenuProps,
} from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import { useTheme, type ThemePreference } from '@/lib/theme';

const labels: Record<ThemePreference, string> = { light: 'Light', dark: 'Dark', system: 'System' };

/** Light / dark / system, remembered in this browser. */
export function ThemeSwitch() {
  const { preference, setPreference } = useTheme();
  const onChange: MenuProps['onCheckedValueChange'] = (_e, data) => {
    const next = data.checkedItems[0];
    if (next === 'light' || next === 'dark' || next === 'system') setPreference(next);
  };
  return (
    <Menu checkedValues={{ theme: [preference] }} onCheckedValueChange={onChange}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={`Theme: ${labels[preference]}`} relationship="description">
          <Button appearance="subtle" icon={<DarkThemeRegular />} aria-label="Theme" />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(labels) as ThemePreference[]).map((value) => (
            <MenuItemRadio key={value} name="theme" value={value}>
              {labels[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
