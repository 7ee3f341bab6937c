// Its own module, imported dynamically by dark-theme.ts, so the dark tokens get a chunk of their own.
export { webDarkTheme } from '@fluentui/react-components';
