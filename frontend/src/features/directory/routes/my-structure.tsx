import { Alert, Select, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PageLoader } from '@/components/page-loader';
import type { Schema } from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { useMyStructures } from '../api/get-my-structures';
import { StructureEditor } from '../components/structure-editor';

type OrganisationRef = Schema<'OrganisationRef'>;

/** A siae user keeps its structure's profile, activities and catalogue. */
export function MyStructureRoute() {
  const organisation = useSession()?.user.organisation;
  return (
    <Stack gap="lg">
      <PageHeader title="Ma structure" />
      {organisation && <MyStructures organisation={organisation} />}
    </Stack>
  );
}

function MyStructures({ organisation }: { organisation: OrganisationRef }) {
  const structures = useMyStructures(organisation);
  const [searchParams, setSearchParams] = useSearchParams();

  let body: ReactNode;
  if (structures.isPending) {
    body = <PageLoader label="Recherche de votre structure…" />;
  } else if (structures.error) {
    body = (
      <ErrorAlert
        error={structures.error}
        title="Impossible de trouver votre structure"
        onRetry={() => void structures.refetch()}
      />
    );
  } else if (structures.data.length === 0) {
    body = (
      <Alert color="blue" variant="outline" title="Aucune structure">
        Aucune structure de l’annuaire n’est rattachée à votre organisation ({organisation.name}).
        Contactez l’équipe d’animation pour qu’elle vous y associe.
      </Alert>
    );
  } else {
    const chosen =
      structures.data.find((structure) => structure.id === searchParams.get('structure')) ??
      structures.data[0];
    body = (
      <Stack gap="lg">
        {structures.data.length > 1 && (
          <Select
            label="Structure"
            allowDeselect={false}
            value={chosen?.id ?? null}
            data={structures.data.map((structure) => ({
              value: structure.id,
              label: structure.name,
            }))}
            onChange={(id) => id && setSearchParams({ structure: id })}
            maw={420}
          />
        )}
        {chosen && <StructureEditor key={chosen.id} structureId={chosen.id} canManage={false} />}
      </Stack>
    );
  }

  return body;
}
