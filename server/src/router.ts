import { authRouter } from './auth/router.ts';
import { purposesRouter } from './purposes/router.ts';
import { staffRouter } from './staff/router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  purposes: purposesRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
