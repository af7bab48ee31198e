import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Paper, Stack } from '@mui/material';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Loading, Title, useDataProvider, useParams, useTranslate } from 'react-admin';
import type { VigieDataProvider } from '../dataProvider.ts';

/**
 * The written answer to an erasure (`/requests/:id/effacement`): the server's printable page, shown in
 * a frame of its own so that it prints as the letter it is, without the application around it.
 */
export default function ErasureAnswerPage() {
  const { id } = useParams<{ id: string }>();
  const dataProvider = useDataProvider<VigieDataProvider>();
  const translate = useTranslate();
  const frame = useRef<HTMLIFrameElement>(null);
  const answer = useQuery({
    queryKey: ['requests', 'erasureAnswer', id],
    queryFn: id ? ({ signal }) => dataProvider.readAction('requests', 'erasureAnswer', { id }, signal) : skipToken,
    gcTime: 0,
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="vigie.requests.erasure.answer_title" />
      {answer.isError ? (
        <Alert severity="error">{answer.error.message}</Alert>
      ) : !answer.data ? (
        <Loading />
      ) : (
        <>
          <Stack direction="row" sx={{ mb: 2 }}>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => frame.current?.contentWindow?.print()}>
              {translate('vigie.requests.erasure.print')}
            </Button>
          </Stack>
          <Paper variant="outlined">
            <iframe
              ref={frame}
              title={translate('vigie.requests.erasure.answer_title')}
              srcDoc={answer.data.data.html}
              sandbox="allow-modals allow-same-origin"
              style={{ border: 0, width: '100%', height: '75vh' }}
            />
          </Paper>
        </>
      )}
    </Box>
  );
}
