import { Alert, Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoader } from '@/components/page-loader';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { AuthLayout } from './auth-layout';

interface TokenLinkPageProps<T> {
  title: string;
  /** The link's token was missing from the address. */
  missingToken: boolean;
  /** The use of the link, sent once when the page opens. */
  result: UseQueryResult<T>;
  loadingLabel: string;
  /** What to say and offer when the link is refused (unknown, expired, already used). */
  invalid: ReactNode;
  children: (data: T) => ReactNode;
}

/** The page an e-mail link opens: it uses the link at once, then says what happened. */
export function TokenLinkPage<T>({
  title,
  missingToken,
  result,
  loadingLabel,
  invalid,
  children,
}: TokenLinkPageProps<T>) {
  let content: ReactNode;
  if (missingToken || (result.error instanceof ApiError && result.error.status === 400)) {
    content = invalid;
  } else if (result.isPending) {
    content = <PageLoader label={loadingLabel} />;
  } else if (result.isError) {
    content = (
      <Stack gap="md">
        <Alert color="red" variant="outline" role="alert" title="Vérification impossible">
          {errorMessage(result.error)}
        </Alert>
        <Button variant="default" onClick={() => void result.refetch()}>
          Réessayer
        </Button>
      </Stack>
    );
  } else {
    content = children(result.data);
  }
  return <AuthLayout title={title}>{content}</AuthLayout>;
}
