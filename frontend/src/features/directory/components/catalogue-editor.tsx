import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { useFormModalState } from '@/hooks/use-form-modal-state';
import { useDeleteActivity } from '../api/delete-activity';
import { useDeleteOffer } from '../api/delete-offer';
import {
  etagOf,
  type ActivityView,
  type OfferView,
  type StructureDetail,
} from '../api/get-structure';
import type { DirectoryReferences } from '../hooks/use-directory-references';
import { describePrice, describeRange } from '../utils/format';
import { describeCapacity } from '../utils/offer-format';
import { ActivityFormModal } from './activity-form-modal';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { OfferFormModal } from './offer-form-modal';

function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" onClick={onEdit} aria-label={`Modifier : ${name}`}>
        Modifier
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={onDelete}
        aria-label={`Supprimer : ${name}`}
      >
        Supprimer
      </Button>
    </Group>
  );
}

function EditorSection({
  title,
  actionLabel,
  onAction,
  children,
}: {
  title: string;
  actionLabel: string;
  onAction: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Button variant="light" onClick={onAction}>
            {actionLabel}
          </Button>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

interface CatalogueEditorProps {
  structure: StructureDetail;
  references: DirectoryReferences;
  onReload: () => void;
}

/** The structure's activities and offers, each added, changed or removed on its own. */
export function CatalogueEditor({ structure, references, onReload }: CatalogueEditorProps) {
  const activityModal = useFormModalState<ActivityView>();
  const offerModal = useFormModalState<OfferView>();
  const [activityToDelete, setActivityToDelete] = useState<ActivityView | null>(null);
  const [offerToDelete, setOfferToDelete] = useState<OfferView | null>(null);
  const deleteActivity = useDeleteActivity();
  const deleteOffer = useDeleteOffer();

  const activityName = (activity: ActivityView) => references.sectorName(activity.sector);

  const activityColumns: Column<ActivityView>[] = [
    { header: 'Secteur', render: activityName },
    {
      header: 'Prestations',
      render: (activity) => activity.prestaTypes.map(references.prestaTypeLabel).join(', '),
    },
    {
      header: 'Zone d’intervention',
      render: (activity) => describeRange(activity, references.departmentName),
    },
    {
      header: 'Actions',
      render: (activity) => (
        <RowActions
          name={`activité ${activityName(activity)}`}
          onEdit={() => activityModal.openEdit(activity)}
          onDelete={() => {
            deleteActivity.reset();
            setActivityToDelete(activity);
          }}
        />
      ),
    },
  ];

  const offerColumns: Column<OfferView>[] = [
    { header: 'Offre', render: (offer) => offer.title },
    { header: 'Secteur', render: (offer) => references.sectorName(offer.sector) },
    { header: 'Prestation', render: (offer) => references.prestaTypeLabel(offer.prestaType) },
    {
      header: 'Prix indicatif',
      render: (offer) => describePrice(offer.priceMin, offer.priceMax, offer.unit) ?? '—',
    },
    {
      header: 'Capacité mensuelle',
      render: (offer) =>
        offer.monthlyCapacity == null ? '—' : describeCapacity(offer.monthlyCapacity, offer.unit),
    },
    {
      header: 'Actions',
      render: (offer) => (
        <RowActions
          name={`offre ${offer.title}`}
          onEdit={() => offerModal.openEdit(offer)}
          onDelete={() => {
            deleteOffer.reset();
            setOfferToDelete(offer);
          }}
        />
      ),
    },
  ];

  return (
    <>
      <EditorSection
        title="Activités"
        actionLabel="Ajouter une activité"
        onAction={activityModal.openCreate}
      >
        <PagedTable
          caption="Activités de la structure"
          columns={activityColumns}
          rowKey={(activity) => activity.id}
          data={wholeList(structure.activities)}
          isPending={false}
          error={null}
          onRetry={onReload}
          emptyMessage="Aucune activité : ajoutez-en une pour être trouvé par les acheteurs."
          onPageChange={() => undefined}
          hideCount
        />
      </EditorSection>

      <EditorSection
        title="Catalogue"
        actionLabel="Ajouter une offre"
        onAction={offerModal.openCreate}
      >
        <PagedTable
          caption="Offres du catalogue"
          columns={offerColumns}
          rowKey={(offer) => offer.id}
          data={wholeList(structure.offers)}
          isPending={false}
          error={null}
          onRetry={onReload}
          emptyMessage="Aucune offre au catalogue."
          onPageChange={() => undefined}
          hideCount
        />
      </EditorSection>

      {activityModal.target && (
        <ActivityFormModal
          structureId={structure.id}
          target={activityModal.target}
          references={references}
          onClose={activityModal.close}
          onReload={onReload}
        />
      )}
      {offerModal.target && (
        <OfferFormModal
          structureId={structure.id}
          target={offerModal.target}
          references={references}
          onClose={offerModal.close}
          onReload={onReload}
        />
      )}
      {activityToDelete && (
        <ConfirmDeleteModal
          title="Supprimer l’activité"
          message={`L’activité « ${activityName(activityToDelete)} » sera retirée de la fiche.`}
          submitting={deleteActivity.isPending}
          error={deleteActivity.error}
          onConfirm={() =>
            deleteActivity.mutate(
              { id: activityToDelete.id, ifMatch: etagOf(activityToDelete) },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: 'Activité supprimée.' });
                  setActivityToDelete(null);
                },
              },
            )
          }
          onClose={() => setActivityToDelete(null)}
          onReload={onReload}
        />
      )}
      {offerToDelete && (
        <ConfirmDeleteModal
          title="Supprimer l’offre"
          message={`L’offre « ${offerToDelete.title} » sera retirée du catalogue.`}
          submitting={deleteOffer.isPending}
          error={deleteOffer.error}
          onConfirm={() =>
            deleteOffer.mutate(
              { id: offerToDelete.id, ifMatch: etagOf(offerToDelete) },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: 'Offre supprimée.' });
                  setOfferToDelete(null);
                },
              },
            )
          }
          onClose={() => setOfferToDelete(null)}
          onReload={onReload}
        />
      )}
    </>
  );
}
