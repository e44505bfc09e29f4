import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { PageLoader } from '@/components/page-loader';
import { ApiError } from '@/lib/api/problem';
import { refreshSession } from '@/lib/api/client';
import { cssVariablesResolver, theme } from '@/config/theme';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (403, 404…) will not heal by themselves.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** Restores the session from the refresh cookie before the first route renders. */
function SessionRestorer({ children }: { children: ReactNode }) {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let active = true;
    void refreshSession().finally(() => {
      if (active) setRestored(true);
    });
    return () => {
      active = false;
    };
  }, []);
  return restored ? children : <PageLoader label="Chargement de votre session…" />;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <SessionRestorer>{children}</SessionRestorer>
      </QueryClientProvider>
    </MantineProvider>
  );
}
