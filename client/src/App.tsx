import type { ReactNode } from 'react';
import { AccessDenied, Admin, CanAccess, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
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
import { PageNotification } from './layout/PageNotification.tsx';
import learners, { InvestigationPage } from './learners/index.tsx';
import processors from './processors/index.tsx';
import { authProvider, dataProvider } from './providers.ts';
import { queryClient } from './queryClient.ts';
import { theme } from './theme.ts';
import requests, { ErasureAnswerPage } from './requests/index.tsx';
import staff from './staff/index.tsx';
import { StatisticsPage } from './stats/StatisticsPage.tsx';

// react-admin's own router adapter: custom routes without a direct react-router dependency.
const { Route } = reactRouterProvider;

/** A page outside a resource: a refused role sees "Non autorisé", as on a refused resource, not a form that fails. */
function Guarded({ resource, action, page }: { resource: string; action: string; page: ReactNode }) {
  return (
    <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
      {page}
    </CanAccess>
  );
}

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
      theme={theme}
      layout={Layout}
      notification={PageNotification}
      dashboard={Dashboard}
    >
      <Resource name="learners" {...learners}>
        <Route path=":id/enquete" element={<InvestigationPage />} />
      </Resource>
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
        <Route path="/activite" element={<Guarded resource="audit" action="list" page={<ActivityPage />} />} />
        <Route path="/integrite" element={<Guarded resource="audit" action="create" page={<IntegrityPage />} />} />
        <Route path="/extractions" element={<Guarded resource="audit" action="export" page={<ExtractsPage />} />} />
        <Route path="/statistiques" element={<Guarded resource="statistics" action="list" page={<StatisticsPage />} />} />
        <Route path="/retention" element={<Guarded resource="retention" action="list" page={<RetentionPage />} />} />
      </CustomRoutes>
      <Resource name="contracts" />
      <Resource name="attendance" />
      <Resource name="assessments" />
      <Resource name="interactions" />
      <Resource name="accessLogs" />
      <Resource name="learnerDecisions" />
    </Admin>
  );
}
