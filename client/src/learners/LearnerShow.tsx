import SearchIcon from '@mui/icons-material/ManageSearch';
import { Button, EditButton, Link, Show, TabbedShowLayout, TopToolbar, useCanAccess, useCanAccessResources, useRecordContext } from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';
import { BlockButton } from '../learner-decisions/BlockButton.tsx';
import { BlockPanel } from '../learner-decisions/BlockPanel.tsx';
import { AccessLogsTab } from './AccessLogsTab.tsx';
import { AccessTab } from './AccessTab.tsx';
import { AssessmentsTab } from './AssessmentsTab.tsx';
import { AttendanceTab } from './AttendanceTab.tsx';
import { ContractsTab } from './ContractsTab.tsx';
import { IdentityTab } from './IdentityTab.tsx';
import { InteractionsTab } from './InteractionsTab.tsx';
import { LegalHoldButton } from './LegalHoldButton.tsx';
import { NewInteractionButton } from './NewInteractionButton.tsx';
import { NewRequestButton } from './NewRequestButton.tsx';
import { ProfileTab } from './ProfileTab.tsx';

function LearnerActions() {
  const { canAccess: canLog } = useCanAccess({ resource: 'interactions', action: 'create' });
  const { canAccess: canInvestigate } = useCanAccess({ resource: 'investigations', action: 'show' });
  const record = useRecordContext();
  return (
    <TopToolbar>
      {canLog ? <NewInteractionButton /> : null}
      <NewRequestButton />
      {canInvestigate && record ? (
        <Button label="vigie.fraud.investigation.open" component={Link} to={`/learners/${record.id}/enquete`}>
          <SearchIcon />
        </Button>
      ) : null}
      <BlockButton />
      <LegalHoldButton />
      <EditButton />
    </TopToolbar>
  );
}

const tabResources = ['contracts', 'attendance', 'assessments', 'interactions', 'accessLogs', 'audit'];

/**
 * One learner, one tab per data category. Only the open tab is rendered, so each category is read
 * (and audited) when someone looks at it, not all at once when the page opens. A tab shows only to
 * the roles that may read its resource (domain/src/access.ts): an admin sees identity, profile and
 * sign-ins, not the training record.
 */
export default function LearnerShow() {
  const onError = useReadErrorHandler();
  const { canAccess: can, isPending } = useCanAccessResources({ action: 'list', resources: tabResources });
  const allowed = (resource: string) => !isPending && can?.[resource] === true;
  return (
    <Show actions={<LearnerActions />} queryOptions={{ onError }}>
      <BlockPanel />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="vigie.learners.tabs.identity">
          <IdentityTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="vigie.learners.tabs.profile" path="profil">
          <ProfileTab label={false} />
        </TabbedShowLayout.Tab>
        {allowed('contracts') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.contracts" path="contrats">
            <ContractsTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        {allowed('attendance') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.attendance" path="presences">
            <AttendanceTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        {allowed('assessments') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.assessments" path="evaluations">
            <AssessmentsTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        {allowed('interactions') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.interactions" path="service-client">
            <InteractionsTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        {allowed('accessLogs') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.access_logs" path="connexions">
            <AccessLogsTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        {allowed('audit') && (
          <TabbedShowLayout.Tab label="vigie.learners.tabs.access" path="acces">
            <AccessTab label={false} />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
