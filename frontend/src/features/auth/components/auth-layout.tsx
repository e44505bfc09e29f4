import { Anchor, Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle, PRODUCT_NAME } from '@/components/page-title';
import { paths } from '@/config/paths';

/** Public pages (login, password): a centred card, with header and main landmarks. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageTitle title={title} />
      <Box component="header" py="md" px="lg" bg="relance.9">
        <Anchor component={Link} to={paths.home} c="white" fw={700} size="lg" underline="never">
          {PRODUCT_NAME}
        </Anchor>
      </Box>
      <Container component="main" id="contenu" tabIndex={-1} size={460} py={48}>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
        <Text size="sm" ta="center" mt="lg">
          Plateforme du réseau régional de l’inclusion par l’activité économique
        </Text>
      </Container>
    </>
  );
}
