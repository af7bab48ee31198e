import { isSentence, MAX_REASON_LENGTH, REASON_MESSAGE } from '@vigie/domain/reasons';
import { maxLength, required } from 'react-admin';

/** The server's rule for a decision's reason, checked before sending (the same code, @vigie/domain). */
const sentence = (value: unknown) => (typeof value === 'string' && !isSentence(value) ? REASON_MESSAGE : undefined);

export const reasonValidation = [required(), maxLength(MAX_REASON_LENGTH), sentence];
