import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { etagOf, useStructure } from '../api/get-structure';
import { useUpdateStructure } from '../api/update-structure';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import { CatalogueEditor } from './catalogue-editor';
import { MembersPanel } from './members-panel';
import { StructureProfileForm } from './structure-profile-form';
import { paths } from '@/config/paths';

interface StructureEditorProps {
  structureId: string;
  /** Facilitators and admins: SIRET, kind, activity and members. */
  canManage: boolean;
}

/** Everything of a structure that can be edited: profile, activities, offers (and members). */
export function StructureEditor({ structureId, canManage }: StructureEditorProps) {
  const structure = useStructure(structureId);
  const references = useDirectoryReferences();
  const update = useUpdateStructure();

  if (structure.isPending) return <PageLoader label="Chargement de la fiche…" />;
  if (structure.error) {
    return (
      <ErrorAlert
        error={structure.error}
        title="Impossible de charger la fiche"
        onRetry={() => void structure.refetch()}
      />
    );
  }
  const { data: detail, etag } = structure.data;
  const reload = () => void structure.refetch();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.structure(detail.id)} size="sm">
        Voir la fiche publique
      </Anchor>
      <Paper withBorder p="lg" component="section" aria-label="Profil">
        <Stack gap="md">
          <Title order={2} size="h3">
            Profil
          </Title>
          <StructureProfileForm
            // A new version (saved, or reloaded after a conflict) starts a fresh form.
            key={detail.version}
            structure={detail}
            references={references}
            canManage={canManage}
            submitLabel="Enregistrer le profil"
            submitting={update.isPending}
            onReload={reload}
            reloading={structure.isFetching}
            onSubmit={(body, handlers) =>
              update.mutate(
                { id: detail.id, ifMatch: etag ?? etagOf(detail), body },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: 'Profil enregistré.' });
                    handlers.onSuccess();
                  },
                  onError: handlers.onError,
                },
              )
            }
          />
        </Stack>
      </Paper>
      <CatalogueEditor structure={detail} references={references} onReload={reload} />
      {canManage && <MembersPanel structureId={detail.id} />}
    </Stack>
  );
}
