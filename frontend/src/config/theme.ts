import {
  Alert,
  Badge,
  Button,
  createTheme,
  DEFAULT_THEME,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { darkenUntilReadable } from '@/lib/contrast';

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

/** White text on, or text in, the default shade must reach 4.5:1 (WCAG AA, small text). */
const READABLE = 4.5;
const PRIMARY_SHADE = 7;

/**
 * Mantine's palettes with shades 7 to 9 darkened until they are readable on white: with
 * primaryShade 7, a plain `color="green"` badge or `color="red"` outline button would be
 * under 4:1 (green.7 2.9:1, orange.7 3.2:1, red.7 3.9:1). Shades 0 to 6 (backgrounds,
 * borders) stay as Mantine has them.
 */
function readablePalettes(): Record<string, MantineColorsTuple> {
  const palettes: Record<string, MantineColorsTuple> = {};
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    if (name === 'dark') continue; // the dark scheme's backgrounds, never text on white
    palettes[name] = shades.map((shade, index) =>
      index >= PRIMARY_SHADE ? darkenUntilReadable(shade, READABLE) : shade,
    ) as unknown as MantineColorsTuple;
  }
  return palettes;
}

export const theme = createTheme({
  primaryColor: 'relance',
  primaryShade: PRIMARY_SHADE,
  colors: { ...readablePalettes(), relance },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'always',
  defaultRadius: 'md',
  components: {
    // A notification's close button is an icon: it needs a name (axe button-name).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer la notification' } },
    }),
    // A badge says a status in a word or two: never cut it to "Clôturé · …" in a narrow
    // table column or beside a long title (Mantine ellipsises by default). A badge that may
    // be long (a sector's name) sets its own max width and miw={0}.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    // A long button label (« Proposer la structure à un acheteur (nouveau besoin) ») wraps
    // on a 390 px phone instead of being cut: the button grows in height, never in width.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
        inner: { paddingBlock: 6 },
        label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', lineHeight: 1.3 },
      },
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
