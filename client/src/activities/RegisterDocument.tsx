import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatPhone } from '../format/frenchFormats.ts';
import type { Activity, Register } from './Activity.ts';
import { processorsOf } from './registerCsv.ts';
import { codes, retentionText, transferText, transfersOf } from './registerText.ts';

/** One box of a CNIL sheet: a title, then its lines (or "Néant"). */
function Entry({ title, lines }: { title: string; lines: (string | null | undefined)[] }) {
  const translate = useTranslate();
  const shown = lines.filter(Boolean);
  return (
    <TableRow>
      <TableCell component="th" sx={{ width: '30%', verticalAlign: 'top', fontWeight: 600 }}>
        {translate(title)}
      </TableCell>
      <TableCell>
        {shown.length === 0 ? translate('vigie.register.none') : shown.map((line) => <div key={line}>{line}</div>)}
      </TableCell>
    </TableRow>
  );
}

function Sheet({ register, activity, number }: { register: Register; activity: Activity; number: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const processors = processorsOf(register, activity);
  const list = (prefix: string, values: readonly string[]) => codes(translate, prefix, values).join(', ');
  return (
    <Box sx={{ breakBefore: 'page', mb: 4 }}>
      <Typography variant="h6">{translate('vigie.register.sheet', { number, name: activity.name })}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('vigie.register.created', {
          created: formatDate(activity.createdAt, locale),
          updated: formatDate(activity.updatedAt, locale),
        })}
      </Typography>
      <Table size="small">
        <TableBody>
          <Entry title="vigie.register.purpose" lines={[activity.purpose]} />
          <Entry
            title="vigie.register.legal_basis"
            lines={[
              translate(`vigie.legalBasis.${activity.legalBasis}`),
              activity.legitimateInterest && translate('vigie.register.interest', { interest: activity.legitimateInterest }),
            ]}
          />
          <Entry title="vigie.register.subjects" lines={[list('subjectCategory', activity.subjectCategories)]} />
          <Entry title="vigie.register.data" lines={codes(translate, 'dataCategory', activity.dataCategories)} />
          <Entry title="vigie.register.retention" lines={activity.retention.map((rule) => retentionText(translate, rule))} />
          <Entry
            title="vigie.register.recipients"
            lines={[
              activity.internalRecipients.length > 0 &&
                translate('vigie.register.internal', { list: list('internalRecipient', activity.internalRecipients) }),
              activity.employerRecipient && translate('vigie.activities.employer'),
              processors.length > 0 &&
                translate('vigie.register.processors', { list: processors.map((p) => p.name).join(', ') }),
            ].map((line) => line || null)}
          />
          <Entry title="vigie.register.transfers" lines={transfersOf(processors).map((p) => transferText(translate, p))} />
          <Entry title="vigie.register.security" lines={activity.securityMeasures} />
        </TableBody>
      </Table>
    </Box>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="h6" sx={{ mt: 3 }}>
      {children}
    </Typography>
  );
}

/** The register laid out like the CNIL's model: the controller, the list of activities, one sheet each, the processors. */
export function RegisterDocument({ register }: { register: Register }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { controller } = register;
  return (
    <Paper sx={{ p: 3, '@media print': { boxShadow: 'none', p: 0 } }}>
      <Typography variant="h5">{translate('vigie.register.title')}</Typography>
      <Typography color="text.secondary">
        {controller.name} · {translate('vigie.register.generated', { date: formatDate(register.generatedAt, locale) })}
      </Typography>
      <Heading>{translate('vigie.register.controller')}</Heading>
      <Typography variant="body2">
        {controller.name}, {controller.address} ({controller.registration})
      </Typography>
      <Heading>{translate('vigie.register.dpo')}</Heading>
      <Typography variant="body2">
        {controller.dpo.title}, {controller.dpo.address}, {controller.dpo.email}
      </Typography>
      <Heading>{translate('vigie.register.summary')}</Heading>
      <Table size="small" sx={{ mb: 3 }}>
        <TableBody>
          {register.activities.map((activity, index) => (
            <TableRow key={activity.id}>
              <TableCell sx={{ width: 48 }}>{index + 1}</TableCell>
              <TableCell>{activity.name}</TableCell>
              <TableCell>{formatDate(activity.updatedAt, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {register.activities.map((activity, index) => (
        <Sheet key={activity.id} register={register} activity={activity} number={index + 1} />
      ))}
      <Box sx={{ breakBefore: 'page' }}>
        <Heading>{translate('vigie.register.annex')}</Heading>
        <Table size="small">
          <TableHead>
            <TableRow>
              {['name', 'service', 'country', 'safeguard', 'contactName', 'contactEmail', 'contactPhone'].map((field) => (
                <TableCell key={field}>{translate(`resources.processors.fields.${field}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {register.data.map((processor) => (
              <TableRow key={processor.id}>
                <TableCell>{processor.name}</TableCell>
                <TableCell>{processor.service}</TableCell>
                <TableCell>{processor.country}</TableCell>
                <TableCell>{processor.euEea ? '—' : transferText(translate, processor)}</TableCell>
                <TableCell>{processor.contactName}</TableCell>
                <TableCell>{processor.contactEmail}</TableCell>
                <TableCell>{formatPhone(processor.contactPhone)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  );
}
