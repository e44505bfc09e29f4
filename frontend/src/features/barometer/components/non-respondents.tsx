import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { useNonRespondents, type NonRespondent } from '../api/indicators';
import { weekLabel } from '../utils/iso-week';
import type { StructureKind } from '../utils/labels';

const PAGE_SIZE = 20;

interface NonRespondentsProps {
  week: string;
  department: string | null;
  kind: StructureKind | null;
  /** Turns a department's code into its name. */
  departmentName: (code: string | null | undefined) => string;
  /** Facilitators enter the answers they take on the phone. */
  canEnter: boolean;
}

function Reminders({ structure }: { structure: NonRespondent }) {
  if (!structure.invited && !structure.reminded) {
    return <Text size="sm">Aucun e-mail envoyé</Text>;
  }
  return (
    <Group gap={4}>
      {structure.invited && (
        <Badge variant="light" color="gray" tt="none" c="var(--mantine-color-text)">
          Invitée lundi
        </Badge>
      )}
      {structure.reminded && (
        <Badge variant="light" color="gray" tt="none" c="var(--mantine-color-text)">
          Relancée jeudi
        </Badge>
      )}
    </Group>
  );
}

/** The active structures that did not answer the week's survey: whom to call, and a way to enter their answer. */
export function NonRespondents({
  week,
  department,
  kind,
  departmentName,
  canEnter,
}: NonRespondentsProps) {
  const [page, setPage] = useState(0);
  const list = useNonRespondents({
    week,
    page,
    size: PAGE_SIZE,
    ...(department ? { department } : {}),
    ...(kind ? { kind } : {}),
  });

  const columns: Column<NonRespondent>[] = [
    {
      header: 'Structure',
      render: (structure) => (
        <Anchor component={Link} to={paths.structure(structure.structureId)} fw={600}>
          {structure.structureName}
        </Anchor>
      ),
    },
    {
      header: 'Département',
      render: (structure) => `${departmentName(structure.department)} · ${structure.kind}`,
    },
    {
      header: 'Contact',
      render: (structure) => (
        <Stack gap={0}>
          {structure.contactName && <Text size="sm">{structure.contactName}</Text>}
          {structure.phone && (
            <Anchor href={`tel:${structure.phone.replace(/\s/g, '')}`} size="sm">
              {structure.phone}
            </Anchor>
          )}
          {structure.email && (
            <Anchor
              href={`mailto:${structure.email}`}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {structure.email}
            </Anchor>
          )}
          {!structure.phone && !structure.email && <Text size="sm">Aucun contact connu</Text>}
        </Stack>
      ),
    },
    {
      header: 'Dernière réponse',
      render: (structure) =>
        structure.lastWeekAnswered ? weekLabel(structure.lastWeekAnswered) : 'Jamais',
    },
    { header: 'E-mails', render: (structure) => <Reminders structure={structure} /> },
  ];
  if (canEnter) {
    columns.push({
      header: 'Action',
      render: (structure) => (
        <Button
          component={Link}
          to={paths.surveyEntryFor(structure.structureId)}
          size="xs"
          variant="outline"
          aria-label={`Saisir la réponse de ${structure.structureName}`}
        >
          Saisir sa réponse
        </Button>
      ),
    });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="sans-reponse">
      <Title order={2} size="h3" id="sans-reponse">
        Sans réponse cette semaine
      </Title>
      <Text size="sm" c="dimmed">
        Les structures actives qui n’ont pas répondu pour la {weekLabel(week)} : appelez-les
        {canEnter ? ', puis saisissez leurs réponses' : ''}.
      </Text>
      <PagedTable
        caption={`Structures sans réponse, ${weekLabel(week)}`}
        columns={columns}
        rowKey={(structure) => structure.structureId}
        data={list.data}
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        errorAdvice="Si le problème continue, rechargez la page un peu plus tard."
        emptyMessage="Toutes les structures actives ont répondu cette semaine."
        onPageChange={setPage}
      />
    </Stack>
  );
}
