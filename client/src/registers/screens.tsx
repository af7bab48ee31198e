import type { ReactNode } from 'react';
import { Create, Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';

/** Processors and activities have a page of their own; disclosures and breaches are their form. */
type Props = { children: ReactNode; redirect?: 'show' | 'list' };

/**
 * Create and edit of a register entry. Pessimistic: "saved" appears once the entry (and, where it
 * names people, its audit row) exists. No delete: registers keep their history.
 */
export function RegisterCreate({ children, redirect = 'show' }: Props) {
  return (
    <Create mutationMode="pessimistic" redirect={redirect}>
      {children}
    </Create>
  );
}

export function RegisterEdit({ children, redirect = 'show' }: Props) {
  const onError = useReadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect={redirect}
      queryOptions={{ onError }}
      actions={<TopToolbar>{redirect === 'show' && <ShowButton />}</TopToolbar>}
    >
      {children}
    </Edit>
  );
}

/** The form of a register entry: Save only (no delete), per-field server messages under the inputs. */
export function RegisterForm({ children, defaultValues }: { children: ReactNode; defaultValues?: Record<string, unknown> }) {
  return (
    <SimpleForm
      sx={{ maxWidth: 860 }}
      defaultValues={defaultValues}
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      {children}
    </SimpleForm>
  );
}
