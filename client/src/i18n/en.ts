import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { VigieMessages } from './fr.ts';

const vigie: VigieMessages = {
  roles: {
    agent: 'Customer service agent',
    dpo: 'Data protection officer',
    admin: 'Administrator',
    manager: 'Manager',
  },
  roleDescriptions: {
    agent:
      "You find a learner, answer their question, correct their details, log the contact and open a subject-rights request.",
    dpo: 'You review who accessed which data and why, run subject-rights requests to the end, and keep the processor and processing registers.',
    admin:
      'You manage staff accounts, block learner accounts on suspected fraud, place legal holds and investigate access logs.',
    manager: 'You export anonymised statistics for quality and market studies.',
  },
  dashboard: {
    greeting: 'Hello, %{name}',
    role: 'Role: %{role}',
    purpose_hint:
      'Every read of personal data is recorded with the access purpose chosen at the top of the screen: check it before you start.',
  },
  purpose: {
    label: 'Access purpose',
    ref: 'Reference',
    ref_placeholder: 'Ticket no.',
    load_error: 'Could not load the access purposes',
  },
  auth: {
    invalid_credentials: 'Invalid credentials',
    too_many_attempts:
      'Too many attempts, try again in %{smart_count} minute |||| Too many attempts, try again in %{smart_count} minutes',
  },
  staff: {
    reset_password: 'Reset password',
    reset_password_help:
      'Type the new password (at least 12 characters) and give it to the person over a safe channel.',
    new_password: 'New password',
    password_reset: 'Password reset',
  },
};

export const en: TranslationMessages = {
  ...englishMessages,
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: 'Email' } },
  resources: {
    staff: {
      name: 'Staff account |||| Staff accounts',
      fields: {
        q: 'Search',
        displayName: 'Display name',
        email: 'Email',
        role: 'Role',
        disabled: 'Disabled',
        password: 'Initial password',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
  vigie,
};
