import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';

interface MessagePageProps {
  title: string;
  children: ReactNode;
  /** Rendered inside the app shell (which already has the main landmark) or on its own. */
  standalone?: boolean;
  action?: ReactNode;
}

export function MessagePage({ title, children, standalone = false, action }: MessagePageProps) {
  const content = (
    <Stack gap="md" py="xl">
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      <Text>{children}</Text>
      {action ?? (
        <Anchor component={Link} to={paths.home}>
          Retour à l’accueil
        </Anchor>
      )}
    </Stack>
  );
  return standalone ? (
    <Container component="main" id="contenu" tabIndex={-1} size="sm">
      {content}
    </Container>
  ) : (
    content
  );
}
