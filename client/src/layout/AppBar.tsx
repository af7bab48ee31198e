import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { PurposePicker } from '../purpose/PurposePicker.tsx';

/** react-admin's bar plus the access-purpose picker, visible on every page that can read personal data. */
export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      {/* The title takes the free width, pushing the picker to the right. */}
      <TitlePortal />
      <PurposePicker />
    </RaAppBar>
  );
}
