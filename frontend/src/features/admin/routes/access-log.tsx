import { Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import { pageParam, textParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { formatDateTime } from '@/lib/format';
import { ROLE_LABELS } from '@/lib/labels';
import {
  useAuditEvents,
  type AuditEventParams,
  type AuditEventView,
} from '../api/get-audit-events';
import { useUsers } from '../api/get-users';

/** The kinds of records whose reads are logged, in French, and where each one is seen. */
const RECORD_TYPES: Record<string, { label: string; path?: (id: string) => string }> = {
  FINANCING_DIAGNOSTIC: { label: 'Diagnostic financier', path: paths.diagnostic },
};

const ACTION_LABELS: Record<AuditEventView['action'], string> = {
  READ: 'A ouvert la fiche',
  LIST: 'L’a vue dans une liste',
};

interface LogState {
  type: string;
  fiche: string;
  acteur: string;
  du: string;
  au: string;
  page: number;
}

const CODECS: ParamCodecs<LogState> = {
  type: textParam,
  fiche: textParam,
  acteur: textParam,
  du: textParam,
  au: textParam,
  page: pageParam,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role;
}

/** Who read the record: searched among the accounts by name or e-mail. */
function ActorFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const users = useUsers({ page: 0, size: 10, ...(debounced ? { q: debounced } : {}) });
  const options = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.email})`,
  }));
  return (
    <Select
      label="Personne"
      placeholder="Nom ou adresse e-mail"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={users.isFetching ? 'Recherche…' : 'Aucun compte trouvé'}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      w={{ base: '100%', xs: 320 }}
    />
  );
}

/**
 * « Journal des accès »: every read of a confidential record (a financing diagnostic) by
 * someone outside its structure — who, when, which record — filtered by record, person, days.
 */
export function AccessLogRoute() {
  const [state, update] = useUrlState(CODECS);
  const [recordText, setRecordText] = useState(state.fiche);
  const recordError =
    recordText.trim() !== '' && !UUID.test(recordText.trim())
      ? 'Collez l’identifiant complet de la fiche (36 caractères, par exemple depuis son adresse).'
      : null;
  const datesError =
    state.du && state.au && state.du > state.au ? 'La date de fin précède la date de début.' : null;
  const params: AuditEventParams = {
    page: state.page,
    size: DEFAULT_PAGE_SIZE,
    ...(state.type ? { recordType: state.type } : {}),
    ...(state.fiche && UUID.test(state.fiche) ? { recordId: state.fiche } : {}),
    ...(state.acteur && UUID.test(state.acteur) ? { actor: state.acteur } : {}),
    ...(state.du ? { from: state.du } : {}),
    ...(state.au ? { to: state.au } : {}),
  };
  const events = useAuditEvents(params);
  const filtered = Boolean(state.type || state.fiche || state.acteur || state.du || state.au);

  const columns: Column<AuditEventView>[] = [
    { header: 'Date', render: (event) => <Text size="sm">{formatDateTime(event.at)}</Text> },
    {
      header: 'Personne',
      render: (event) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {event.actorName ?? 'Compte supprimé'}
          </Text>
          <Text size="sm" c="dimmed">
            {roleLabel(event.actorRole)}
            {event.actorEmail ? ` · ${event.actorEmail}` : ''}
          </Text>
        </Stack>
      ),
    },
    { header: 'Action', render: (event) => <Text size="sm">{ACTION_LABELS[event.action]}</Text> },
    {
      header: 'Fiche',
      render: (event) => {
        const type = RECORD_TYPES[event.recordType];
        const label = type?.label ?? 'Autre fiche';
        return type?.path ? (
          <Anchor component={Link} to={type.path(event.recordId)} size="sm">
            {label}
          </Anchor>
        ) : (
          <Text size="sm">{label}</Text>
        );
      },
    },
  ];

  return (
    <Stack gap="lg">
      <PageTitle title="Journal des accès" />
      <Stack gap={4}>
        <Title order={1}>Journal des accès</Title>
        <Text c="dimmed">
          Chaque consultation d’un diagnostic financier par une personne extérieure à sa structure :
          qui, quand, quelle fiche. Les plus récentes d’abord.
        </Text>
      </Stack>
      <Group gap="sm" align="flex-start" wrap="wrap" role="group" aria-label="Filtres">
        <Select
          label="Type de fiche"
          placeholder="Toutes"
          clearable
          data={Object.entries(RECORD_TYPES).map(([value, type]) => ({ value, label: type.label }))}
          value={state.type || null}
          onChange={(value) => update({ type: value ?? '', page: 0 })}
          w={{ base: '100%', xs: 220 }}
        />
        <TextInput
          label="Identifiant de la fiche"
          description="Par exemple depuis l’adresse de la fiche"
          value={recordText}
          error={recordError}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setRecordText(text);
            if (text.trim() === '' || UUID.test(text.trim()))
              update({ fiche: text.trim(), page: 0 });
          }}
          w={{ base: '100%', xs: 340 }}
        />
        <ActorFilter value={state.acteur} onChange={(id) => update({ acteur: id, page: 0 })} />
        <TextInput
          type="date"
          label="Du"
          value={state.du}
          onChange={(event) => update({ du: event.currentTarget.value, page: 0 })}
          w={{ base: '100%', xs: 180 }}
        />
        <TextInput
          type="date"
          label="Au"
          value={state.au}
          error={datesError}
          onChange={(event) => update({ au: event.currentTarget.value, page: 0 })}
          w={{ base: '100%', xs: 180 }}
        />
      </Group>
      <PagedTable
        caption="Consultations"
        columns={columns}
        rowKey={(event) => String(event.id)}
        data={events.data}
        isPending={events.isPending}
        error={events.error}
        onRetry={() => void events.refetch()}
        errorAdvice="Vérifiez les filtres (des dates au format jour/mois/année), puis réessayez."
        emptyMessage={
          filtered
            ? 'Aucune consultation ne correspond à ces filtres.'
            : 'Aucune consultation enregistrée pour l’instant : elles apparaîtront dès qu’un animateur ouvrira un diagnostic.'
        }
        emptyAction={
          filtered && (
            <Button
              variant="outline"
              onClick={() => {
                setRecordText('');
                update({ type: '', fiche: '', acteur: '', du: '', au: '', page: 0 });
              }}
            >
              Effacer les filtres
            </Button>
          )
        }
        onPageChange={(page) => update({ page })}
      />
    </Stack>
  );
}
