import { Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCreateStructure } from '../api/create-structure';
import { StructureProfileForm } from '../components/structure-profile-form';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import { paths } from '@/config/paths';

/** Facilitators and admins add a structure; its activities, offers and members come next. */
export function StructureCreateRoute() {
  const references = useDirectoryReferences();
  const create = useCreateStructure();
  const navigate = useNavigate();

  return (
    <Stack gap="lg">
      <PageHeader title="Nouvelle structure" />
      <Text>
        Une organisation SIAE est créée avec la structure. Vous pourrez ensuite lui ajouter ses
        activités, ses offres et ses membres.
      </Text>
      <Paper withBorder p="lg">
        <StructureProfileForm
          structure={null}
          references={references}
          canManage
          submitLabel="Créer la structure"
          submitting={create.isPending}
          onSubmit={(body, handlers) =>
            create.mutate(body, {
              onSuccess: (created) => {
                handlers.onSuccess();
                notifications.show({
                  color: 'green',
                  message: `Structure « ${created.name} » créée.`,
                });
                void navigate(paths.structureEdit(created.id));
              },
              onError: handlers.onError,
            })
          }
        />
      </Paper>
    </Stack>
  );
}
