import { Alert, Box, Button, Card, CardActions, CardContent, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, Loading, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';
import type { RuleRecord } from './Anomaly.ts';

type Draft = { enabled: boolean; values: Record<string, string> };

// Settings travel as numbers, `HH:MM` and zone names, or a list of ISO weekdays; the form edits text.
const toText = (value: unknown) => (Array.isArray(value) ? value.join(',') : String(value));
function fromText(text: string, like: unknown): unknown {
  if (Array.isArray(like)) return text.split(',').map((part) => Number(part.trim())).filter((n) => !Number.isNaN(n));
  return typeof like === 'number' ? Number(text) : text;
}

function RuleCard({ rule }: { rule: RuleRecord }) {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>({
    enabled: rule.enabled,
    values: Object.fromEntries(Object.entries(rule.settings).map(([k, v]) => [k, toText(v)])),
  });
  const save = useMutation({
    mutationFn: () =>
      dataProvider.callAction('anomalies', 'updateRule', {
        id: rule.id,
        enabled: draft.enabled,
        settings: Object.fromEntries(Object.entries(draft.values).map(([k, v]) => [k, fromText(v, rule.settings[k])])),
      }),
    onSuccess: () => {
      notify('vigie.anomalies.rule_saved', { type: 'info' });
      void queryClient.invalidateQueries({ queryKey: ['anomalies', 'rules'] });
    },
  });
  const fieldErrors = save.error instanceof HttpError ? ((save.error.body as { errors?: Record<string, string> })?.errors ?? {}) : {};
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{translate(`vigie.anomalies.rule.${rule.id}`)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`vigie.anomalies.rule_help.${rule.id}`)}
        </Typography>
        <FormControlLabel
          control={<Switch checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} />}
          label={translate('vigie.anomalies.enabled')}
        />
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {Object.keys(draft.values).map((key) => (
            <TextField
              key={key}
              label={translate(`vigie.anomalies.setting.${key}`)}
              value={draft.values[key]}
              error={Boolean(fieldErrors[`settings.${key}`])}
              helperText={fieldErrors[`settings.${key}`]}
              onChange={(e) => setDraft({ ...draft, values: { ...draft.values, [key]: e.target.value } })}
            />
          ))}
        </Stack>
        {save.isError && Object.keys(fieldErrors).length === 0 ? <Alert severity="error">{save.error.message}</Alert> : null}
      </CardContent>
      <CardActions>
        <Button onClick={() => save.mutate()} disabled={save.isPending}>
          {translate('ra.action.save')}
        </Button>
      </CardActions>
    </Card>
  );
}

/** The rules of the review queue and their thresholds, which the DPO adjusts. */
export default function RulesPage() {
  const dataProvider = useDataProvider<VigieDataProvider>();
  const rules = useQuery({
    queryKey: ['anomalies', 'rules'],
    queryFn: ({ signal }) => dataProvider.readAction('anomalies', 'rules', undefined, signal),
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.anomalies.rules" />
      {rules.isPending ? <Loading /> : null}
      {rules.isError ? <Alert severity="error">{rules.error.message}</Alert> : null}
      <Stack spacing={2}>
        {rules.data?.data.map((rule) => (
          <RuleCard key={`${rule.id}-${rule.updatedAt}`} rule={rule} />
        ))}
      </Stack>
    </Box>
  );
}
