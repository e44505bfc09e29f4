import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormModal } from '@/components/form-modal';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useInvalidFieldFocus } from '@/hooks/use-invalid-field-focus';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { ApiError, errorMessage, formErrors } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { ORGANISATION_KIND_LABELS } from '@/lib/labels';
import {
  useConfirmOrganisation,
  useMergeOrganisation,
  useOrganisationsToVerify,
  type OrganisationToVerify,
} from '../api/organisations-to-verify';
import { useOnboardingTools } from '../components/onboarding-tools';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** A confirmation refused because a verified organisation has the same name: say what to do. */
function confirmationError(error: unknown): unknown {
  if (error instanceof ApiError && error.status === 409 && formErrors(error).name) {
    return new ApiError(409, {
      ...error.problem,
      detail:
        `${formErrors(error).name ?? ''} Fusionnez plutôt cette organisation dans celle qui existe déjà.`.trim(),
    });
  }
  return error;
}

function ConfirmOrganisationDialog({
  organisation,
  onClose,
}: {
  organisation: OrganisationToVerify;
  onClose: () => void;
}) {
  const confirm = useConfirmOrganisation();
  return (
    <ConfirmDialog
      title="Confirmer l’organisation"
      confirmLabel="Confirmer"
      submitting={confirm.isPending}
      error={confirm.error ? confirmationError(confirm.error) : undefined}
      onClose={onClose}
      onConfirm={() => {
        confirm.mutate(organisation.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: `Organisation « ${organisation.name} » confirmée.`,
            });
            onClose();
          },
        });
      }}
    >
      {`« ${organisation.name} » existe bien et n’est pas le doublon d’une organisation déjà présente : elle rejoint les organisations vérifiées.`}
    </ConfirmDialog>
  );
}

function MergeOrganisationDialog({
  organisation,
  onClose,
}: {
  organisation: OrganisationToVerify;
  onClose: () => void;
}) {
  const { OrganisationField } = useOnboardingTools();
  const merge = useMergeOrganisation();
  const [target, setTarget] = useState<string | null>(null);
  const [targetError, setTargetError] = useState<string | null>(null);
  const { trackForm, focusFirstInvalid } = useInvalidFieldFocus();
  const fieldError =
    targetError ?? (merge.error ? (formErrors(merge.error).targetOrganisationId ?? null) : null);

  return (
    <FormModal
      opened
      title={`Fusionner « ${organisation.name} »`}
      submitLabel="Fusionner"
      submitting={merge.isPending}
      formError={merge.error && !fieldError ? errorMessage(merge.error) : null}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        trackForm(event);
        if (target === null || target === organisation.id) {
          setTargetError(
            target === null
              ? 'Choisissez l’organisation dans laquelle fusionner.'
              : 'Choisissez une autre organisation que celle à fusionner.',
          );
          focusFirstInvalid();
          return;
        }
        setTargetError(null);
        merge.mutate(
          { id: organisation.id, targetOrganisationId: target },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: `« ${organisation.name} » a été fusionnée : ses comptes et ses besoins ont été déplacés.`,
              });
              onClose();
            },
            onError: (error) => {
              if (formErrors(error).targetOrganisationId) focusFirstInvalid();
            },
          },
        );
      }}
    >
      <Text>
        {plural(organisation.userCount, 'compte', 'comptes')} et{' '}
        {plural(organisation.requestCount, 'besoin', 'besoins')} de « {organisation.name} » seront
        déplacés dans l’organisation choisie, puis « {organisation.name} » sera supprimée.
      </Text>
      <OrganisationField
        value={target}
        onChange={(id) => {
          setTarget(id);
          setTargetError(null);
        }}
        error={fieldError}
      />
    </FormModal>
  );
}

type Decision = { action: 'confirm' | 'merge'; organisation: OrganisationToVerify } | null;

/** The organisations created by a buyer's sign-up, for a facilitator to confirm or merge. */
export function OrganisationsToVerifyRoute() {
  const { setPage, params } = usePagedFilter();
  const organisations = useOrganisationsToVerify({ page: params.page, size: params.size });
  const [decision, setDecision] = useState<Decision>(null);

  const actions = (organisation: OrganisationToVerify) => (
    <Group gap="xs" wrap="wrap">
      <Button
        size="xs"
        onClick={() => setDecision({ action: 'confirm', organisation })}
        aria-label={`Confirmer « ${organisation.name} »`}
      >
        Confirmer
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => setDecision({ action: 'merge', organisation })}
        aria-label={`Fusionner « ${organisation.name} » dans une autre organisation`}
      >
        Fusionner…
      </Button>
    </Group>
  );

  const columns: Column<OrganisationToVerify>[] = [
    { header: 'Organisation', render: (organisation) => organisation.name },
    { header: 'Type', render: (organisation) => ORGANISATION_KIND_LABELS[organisation.kind] },
    { header: 'SIRET', render: (organisation) => organisation.siret ?? 'Non renseigné' },
    { header: 'Inscrite le', render: (organisation) => formatDate(organisation.createdAt) },
    {
      header: 'Comptes et besoins',
      render: (organisation) =>
        `${plural(organisation.userCount, 'compte', 'comptes')}, ${plural(organisation.requestCount, 'besoin', 'besoins')}`,
    },
    { header: 'Actions', render: actions },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title="Organisations à vérifier" />
      <Text>
        Ces organisations ont été créées par l’inscription d’un acheteur. Confirmez celles qui
        existent et ne sont pas déjà présentes ; fusionnez un doublon dans l’organisation existante.
      </Text>
      <PagedTable
        caption="Organisations à vérifier"
        columns={columns}
        rowKey={(organisation) => organisation.id}
        data={organisations.data}
        isPending={organisations.isPending}
        error={organisations.error}
        onRetry={() => void organisations.refetch()}
        emptyMessage="Aucune organisation à vérifier : les nouvelles inscriptions d’acheteurs apparaîtront ici."
        onPageChange={setPage}
      />
      {decision?.action === 'confirm' && (
        <ConfirmOrganisationDialog
          organisation={decision.organisation}
          onClose={() => setDecision(null)}
        />
      )}
      {decision?.action === 'merge' && (
        <MergeOrganisationDialog
          organisation={decision.organisation}
          onClose={() => setDecision(null)}
        />
      )}
    </Stack>
  );
}
