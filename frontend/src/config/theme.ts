import {
  Alert,
  createTheme,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A deep blue whose shades from 7 up keep a 4.5:1 contrast with white text. */
const relance: MantineColorsTuple = [
  '#e8f1fa',
  '#cfe0f2',
  '#a0c1e6',
  '#6ea0da',
  '#4584cf',
  '#2b72c9',
  '#1c64b8',
  '#145399',
  '#0e4580',
  '#073466',
];

export const theme = createTheme({
  primaryColor: 'relance',
  primaryShade: 7,
  colors: { relance },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'always',
  defaultRadius: 'md',
  components: {
    // A notification's close button is an icon: it needs a name (axe button-name).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer la notification' } },
    }),
    // Alert titles and texts take the light shades of their colour (under 3:1 for
    // green or orange on white): keep the colour for the border, the text for the words.
    Alert: Alert.extend({
      styles: {
        title: { color: 'var(--mantine-color-text)' },
        message: { color: 'var(--mantine-color-text)' },
      },
    }),
  },
});

/** Mantine's default "dimmed" grey and error red are below 4.5:1 on white: use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
