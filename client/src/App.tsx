import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import activities, { RegisterPage } from './activities/index.tsx';
import breaches from './breaches/index.tsx';
import anomalies, { RulesPage } from './anomalies/index.tsx';
import audit, { ActivityPage, ExtractsPage, IntegrityPage } from './audit/index.tsx';
import { RetentionPage } from './retention/index.tsx';
import prospects from './prospects/index.tsx';
import { Dashboard } from './dashboard/Dashboard.tsx';
import employerContacts from './employer-contacts/index.tsx';
import disclosures from './disclosures/index.tsx';
import groups from './groups/index.tsx';
import employers, { EmployerReportPage } from './employers/index.tsx';
import { i18nProvider } from './i18n.ts';
import { Layout } from './layout/Layout.tsx';
import learners from './learners/index.tsx';
import processors from './processors/index.tsx';
import { authProvider, dataProvider } from './providers.ts';
import { queryClient } from './queryClient.ts';
import requests, { ErasureAnswerPage } from './requests/index.tsx';
import staff from './staff/index.tsx';

// react-admin's own router adapter: custom routes without a direct react-router dependency.
const { Route } = reactRouterProvider;

/**
 * Resources with screens show in the menu when `canAccess` allows their list (domain/src/access.ts);
 * the others are declared for their labels and record representations in reference fields.
 */
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
      <Resource name="learners" {...learners} />
      <Resource name="employers" {...employers}>
        <Route path=":id/report" element={<EmployerReportPage />} />
      </Resource>
      <Resource name="requests" {...requests}>
        <Route path=":id/effacement" element={<ErasureAnswerPage />} />
      </Resource>
      <Resource name="groups" {...groups} />
      <Resource name="prospects" {...prospects} />
      <Resource name="processors" {...processors} />
      <Resource name="activities" {...activities}>
        <Route path="register" element={<RegisterPage />} />
      </Resource>
      <Resource name="disclosures" {...disclosures} />
      <Resource name="breaches" {...breaches} />
      <Resource name="staff" {...staff} />
      <Resource name="employerContacts" {...employerContacts} />
      <Resource name="audit" {...audit} />
      <Resource name="anomalies" {...anomalies}>
        <Route path="regles" element={<RulesPage />} />
      </Resource>
      <CustomRoutes>
        <Route path="/activite" element={<ActivityPage />} />
        <Route path="/integrite" element={<IntegrityPage />} />
        <Route path="/retention" element={<RetentionPage />} />
        <Route path="/extractions" element={<ExtractsPage />} />
      </CustomRoutes>
      <Resource name="contracts" />
      <Resource name="attendance" />
      <Resource name="assessments" />
      <Resource name="interactions" />
      <Resource name="accessLogs" />
    </Admin>
  );
}
