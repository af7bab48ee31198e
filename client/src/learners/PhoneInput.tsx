import { TextInput } from 'react-admin';
import { formatPhone } from '../format/frenchFormats.ts';
import { learnerValidators as rules } from './learnerRules.ts';

/**
 * A person's phone number as staff read it (06 12...), though stored as +33 6 12...; the server
 * normalises either form. Learners and employer contacts alike.
 */
export function PhoneInput() {
  return (
    <TextInput
      source="phone"
      type="tel"
      validate={rules.phone}
      format={(value: string | null) => formatPhone(value)}
      helperText="vigie.learners.phone_help"
      fullWidth
    />
  );
}
