import { Menu as RaMenu } from 'react-admin';

/** Dashboard for everyone, then only the resources this role may list (ResourceItems asks `canAccess`). */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItems />
    </RaMenu>
  );
}
