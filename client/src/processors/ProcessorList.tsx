import { Chip, Stack } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { processorStatuses } from '@vigie/domain/enums';
import { choicesOf } from '../registers/choices.ts';
import { CodeField } from '../registers/fields.tsx';
import type { Processor } from './Processor.ts';
import { TransferField } from './TransferField.tsx';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf(processorStatuses, 'processorStatus')} />,
];

function ChecksField() {
  const record = useRecordContext<Processor>();
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {record?.checks.map((check) => (
        <Chip
          key={check.code}
          size="small"
          color={check.severity}
          label={translate(`vigie.processors.check.${check.code}`)}
        />
      ))}
    </Stack>
  );
}

export default function ProcessorList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="service" />
        <DataTable.Col source="country" />
        <DataTable.Col label="vigie.processors.transfer" disableSort>
          <TransferField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <CodeField source="status" prefix="processorStatus" />
        </DataTable.Col>
        <DataTable.Col source="checks" disableSort>
          <ChecksField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
