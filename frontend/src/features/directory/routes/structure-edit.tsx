import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { StructureEditor } from '../components/structure-editor';

/** Facilitators and admins edit any structure, and its members. */
export function StructureEditRoute() {
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <PageHeader title="Modifier la fiche" />
      <StructureEditor key={id} structureId={id} canManage />
    </Stack>
  );
}
