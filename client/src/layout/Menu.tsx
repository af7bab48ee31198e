import BarChartIcon from '@mui/icons-material/BarChart';
import { Menu as RaMenu, useCanAccessResources, useTranslate } from 'react-admin';
import { consoleRoutes } from '../audit/index.tsx';
import { retentionRoute } from '../retention/index.tsx';

/**
 * Dashboard for everyone, then only the resources this role may list (ResourceItems asks `canAccess`),
 * then the DPO console's own pages, each shown to whoever may perform its action on `audit`, then
 * "Conservation" for whoever may list `retention`.
 */
export function Menu() {
  const translate = useTranslate();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: ['audit', 'statistics', 'retention'] });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {canAccess?.statistics ? <RaMenu.Item to="/statistiques" primaryText={translate('vigie.stats.title')} leftIcon={<BarChartIcon />} /> : null}
      <RaMenu.ResourceItems />
      {canAccess?.audit
        ? consoleRoutes.map((route) => <RaMenu.Item key={route.path} to={route.path} primaryText={translate(route.label)} />)
        : null}
      {canAccess?.retention ? <RaMenu.Item to={retentionRoute.path} primaryText={translate(retentionRoute.label)} /> : null}
    </RaMenu>
  );
}
