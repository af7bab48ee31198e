import type { ReactNode } from 'react';
import { Edit, type EditProps, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { useReadErrorHandler } from '../purpose/useReadErrorHandler.ts';

/**
 * Rectification (GDPR Art. 16) of a data subject's record, a learner's or an employer contact's.
 * Pessimistic: "saved" appears once the change and its audit row exist; the server's per-field
 * messages show under the fields. No delete button: erasure is a subject-rights request.
 */
export function RectificationEdit(props: {
  transform: (values: Record<string, unknown>) => Record<string, unknown>;
  redirect: EditProps['redirect'];
  actions?: EditProps['actions'];
  maxWidth: number;
  children: ReactNode;
}) {
  const onError = useReadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={props.transform}
      queryOptions={{ onError }}
      redirect={props.redirect}
      actions={props.actions}
    >
      <SimpleForm
        sx={{ maxWidth: props.maxWidth }}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        {props.children}
      </SimpleForm>
    </Edit>
  );
}
