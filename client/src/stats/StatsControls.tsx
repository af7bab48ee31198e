import { MenuItem, Stack, TextField } from '@mui/material';
import { crossableDimensions, type StatsQuery } from './query.ts';
import { useLocaleState, useTranslate } from 'react-admin';
import { valueLabel } from './labels.ts';
import type { StatsDimensionsData } from './types.ts';

/** Period, rows, columns or a filter, and the measure: at most two dimensions a table. */
export function StatsControls({ meta, query, onChange }: { meta: StatsDimensionsData; query: StatsQuery; onChange: (q: StatsQuery) => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dims = meta.dimensions.map((d) => d.dimension);
  const others = crossableDimensions(dims, query.rows);
  const filterValues = meta.dimensions.find((d) => d.dimension === query.filterDimension)?.values ?? [];
  const dimLabel = (d: string) => translate(`vigie.stats.dimensions.${d}`);
  const select = (label: string, value: string | number, options: { value: string | number; label: string }[], change: (v: string) => void) => (
    <TextField select size="small" fullWidth={false} label={label} value={value} onChange={(e) => change(e.target.value)} sx={{ width: 240 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
    </TextField>
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {select(translate('vigie.stats.period'), query.period, meta.periods.map((p) => ({ value: p, label: String(p) })), (v) => onChange({ ...query, period: Number(v) }))}
      {select(translate('vigie.stats.rows'), query.rows, dims.map((d) => ({ value: d, label: dimLabel(d) })), (v) =>
        onChange({ ...query, rows: v as StatsQuery['rows'], columns: '', filterDimension: '', filterValue: '' }))}
      {select(translate('vigie.stats.columns'), query.columns, [{ value: '', label: translate('vigie.stats.noColumns') }, ...others.map((d) => ({ value: d, label: dimLabel(d) }))], (v) =>
        onChange({ ...query, columns: v as StatsQuery['columns'], filterDimension: '', filterValue: '' }))}
      {select(translate('vigie.stats.filter'), query.filterDimension, [{ value: '', label: translate('vigie.stats.noFilter') }, ...others.map((d) => ({ value: d, label: dimLabel(d) }))], (v) =>
        onChange({ ...query, filterDimension: v as StatsQuery['filterDimension'], filterValue: '', columns: '' }))}
      {query.filterDimension
        ? select(translate('vigie.stats.filterValue'), query.filterValue, filterValues.map((v) => ({ value: v, label: valueLabel(query.filterDimension as never, v, translate, locale) })), (v) =>
            onChange({ ...query, filterValue: v }))
        : null}
      {select(translate('vigie.stats.measure'), query.measure, meta.measures.map((m) => ({ value: m, label: translate(`vigie.stats.measures.${m}`) })), (v) =>
        onChange({ ...query, measure: v as StatsQuery['measure'] }))}
    </Stack>
  );
}
