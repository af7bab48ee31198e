import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { i18nProvider } from './i18n.ts';
import { Layout } from './layout/Layout.tsx';
import { authProvider, dataProvider } from './providers.ts';
import { queryClient } from './queryClient.ts';
import staff from './staff/index.tsx';

export function App() {
  return (
    <Admin
      title="Vigie"
      requireAuth
      disableTelemetry
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      layout={Layout}
      dashboard={Dashboard}
    >
      <Resource name="staff" {...staff} />
    </Admin>
  );
}
