import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LinkPageShell } from '@/components/link-page-shell';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';

/** The version shown on both texts: sign-up records the one in force (relance.legal.*-version). */
export const LEGAL_VERSION_LABEL = 'Version de décembre 2026';

export interface LegalSection {
  title: string;
  body: ReactNode;
}

/** A short legal text, readable without an account: a title, its version, its sections. */
export function LegalPage({ title, sections }: { title: string; sections: LegalSection[] }) {
  return (
    <LinkPageShell>
      <PageTitle title={title} />
      <Stack gap="lg" maw={760}>
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          <Text size="sm" c="dimmed">
            {LEGAL_VERSION_LABEL}
          </Text>
        </Stack>
        {sections.map((section) => (
          <Stack key={section.title} gap="xs" component="section">
            <Title order={2} size="h3">
              {section.title}
            </Title>
            {section.body}
          </Stack>
        ))}
        <Anchor component={Link} to={paths.signUp}>
          Retour à l’inscription
        </Anchor>
      </Stack>
    </LinkPageShell>
  );
}
