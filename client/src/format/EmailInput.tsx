import { TextInput, type TextInputProps } from 'react-admin';

/**
 * An e-mail field checked by the form's own French rules: `type="email"` would let the browser stop
 * the submit with its own bubble, in the browser's language. `inputMode` still brings the e-mail keyboard.
 */
export function EmailInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput {...props} slotProps={{ htmlInput: { inputMode: 'email', spellCheck: false } }} />;
}
