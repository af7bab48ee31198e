import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme, made readable: its app bar is white on #2196f3 (3.1:1) and its buttons
 * #1976d2 on the page's grey (4.4:1), both below WCAG AA's 4.5:1; the darker blue of the same palette
 * (#1565c0, 5.8:1) serves both. A spinner says what it is to a screen reader.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0' },
    // White on MUI's info (#0288d1, 3.9:1) and warning (#ed6c02, 3.2:1) chips fails AA too.
    info: { main: '#01579b' },
    warning: { main: '#a84300' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
  },
  components: {
    ...defaultLightTheme.components,
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Chargement' } },
  },
};
