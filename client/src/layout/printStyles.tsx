import { GlobalStyles } from '@mui/material';

/** On paper, only the document (employer report, register): no app bar, menu, buttons or page padding. */
export const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header, .MuiDrawer-root, .MuiDrawer-docked, .RaSidebar-open, .RaSidebar-closed, .no-print': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
      },
    }}
  />
);
