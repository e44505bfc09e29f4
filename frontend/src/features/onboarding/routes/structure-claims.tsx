import { Badge, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormModal } from '@/components/form-modal';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { useStructureKindLabel } from '@/lib/api/structure-kinds';
import { formatDate } from '@/lib/format';
import { requiredRule } from '@/lib/validation';
import {
  useAcceptStructureClaim,
  useRefuseStructureClaim,
  useStructureClaims,
  type StructureClaim,
  type StructureClaimStatus,
} from '../api/structure-claims';

export const REASON_MAX_LENGTH = 1000;

const STATUS_LABELS: Record<StructureClaimStatus, string> = {
  PENDING: 'En attente',
  ACCEPTED: 'Acceptées',
  REFUSED: 'Refusées',
};

const METHOD_LABELS: Record<StructureClaim['method'], string> = {
  CONTACT_EMAIL: 'Lien envoyé à l’adresse de contact de la structure',
  QUEUE: 'À décider par un animateur',
};

function ClaimedStructure({ claim }: { claim: StructureClaim }) {
  const kindLabel = useStructureKindLabel();
  const { proposal } = claim;
  if (!proposal) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {claim.structureName}
        </Text>
        <Text size="sm">SIRET {claim.siret}</Text>
        <Text size="sm">
          {claim.structureEmail
            ? `Contact de la fiche : ${claim.structureEmail}`
            : 'Aucune adresse de contact dans l’annuaire'}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {proposal.name}
        </Text>
        {/* The light yellow's own text colour is under 4.5:1 on its background: dark text. */}
        <Badge variant="light" color="yellow" c="var(--mantine-color-text)">
          Proposée, absente de l’annuaire
        </Badge>
      </Group>
      <Text size="sm">
        {kindLabel(proposal.kind)} · SIRET {claim.siret}
      </Text>
      <Text size="sm">
        {proposal.address}, {proposal.postcode} {proposal.city}
      </Text>
    </Stack>
  );
}

function Person({ claim }: { claim: StructureClaim }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {claim.personName}
      </Text>
      <Text size="sm">{claim.personEmail}</Text>
      <Text size="sm">
        {claim.personEmailVerified ? 'Adresse confirmée' : 'Adresse pas encore confirmée'}
      </Text>
    </Stack>
  );
}

function AcceptClaimDialog({ claim, onClose }: { claim: StructureClaim; onClose: () => void }) {
  const accept = useAcceptStructureClaim();
  const structure = claim.proposal?.name ?? claim.structureName;
  return (
    <ConfirmDialog
      title="Accepter le rattachement"
      confirmLabel="Accepter"
      submitting={accept.isPending}
      error={accept.error ?? undefined}
      onClose={onClose}
      onConfirm={() => {
        accept.mutate(claim.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: `${claim.personName} est rattaché(e) à « ${structure} ».`,
            });
            onClose();
          },
        });
      }}
    >
      {claim.proposal
        ? `${claim.personName} sera rattaché(e) à « ${structure} », qui sera ajoutée à l’annuaire. Un e-mail l’en informera.`
        : `${claim.personName} pourra tenir à jour la fiche de « ${structure} » et répondre aux besoins. Un e-mail l’en informera.`}
    </ConfirmDialog>
  );
}

function RefuseClaimDialog({ claim, onClose }: { claim: StructureClaim; onClose: () => void }) {
  const refuse = useRefuseStructureClaim();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: requiredRule('Expliquez la raison du refus : elle sera envoyée.') },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  return (
    <FormModal
      opened
      title="Refuser le rattachement"
      submitLabel="Refuser"
      submitting={refuse.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={onSubmit((values: { reason: string }) => {
        clearError();
        refuse.mutate(
          { id: claim.id, reason: values.reason.trim() },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: `Demande de ${claim.personName} refusée ; la raison lui a été envoyée.`,
              });
              onClose();
            },
            onError: showError,
          },
        );
      })}
    >
      <Text>
        {claim.personName} ({claim.personEmail}) recevra cette raison par e-mail et gardera son
        compte, sans structure.
      </Text>
      <Textarea
        label="Raison du refus"
        required
        autosize
        minRows={3}
        maxLength={REASON_MAX_LENGTH}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

type Decision = { action: 'accept' | 'refuse'; claim: StructureClaim } | null;

/** The requests to act for a structure that a facilitator decides on (and those decided). */
export function StructureClaimsRoute() {
  const { setPage, params } = usePagedFilter();
  const [status, setStatus] = useState<StructureClaimStatus>('PENDING');
  const claims = useStructureClaims({ status, page: params.page, size: params.size });
  const [decision, setDecision] = useState<Decision>(null);

  const columns: Column<StructureClaim>[] = [
    { header: 'Personne', render: (claim) => <Person claim={claim} /> },
    { header: 'Structure', render: (claim) => <ClaimedStructure claim={claim} /> },
    { header: 'Vérification', render: (claim) => METHOD_LABELS[claim.method] },
    { header: 'Demandée le', render: (claim) => formatDate(claim.createdAt) },
    status === 'PENDING'
      ? {
          header: 'Actions',
          render: (claim) => (
            <Group gap="xs" wrap="wrap">
              <Button
                size="xs"
                onClick={() => setDecision({ action: 'accept', claim })}
                aria-label={`Accepter la demande de ${claim.personName}`}
              >
                Accepter
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setDecision({ action: 'refuse', claim })}
                aria-label={`Refuser la demande de ${claim.personName}`}
              >
                Refuser…
              </Button>
            </Group>
          ),
        }
      : {
          header: 'Décision',
          render: (claim) =>
            claim.status === 'REFUSED'
              ? `Refusée le ${formatDate(claim.decidedAt)} : ${claim.refusalReason ?? ''}`
              : `Acceptée le ${formatDate(claim.decidedAt)}`,
        },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title="Demandes de rattachement" />
      <Text>
        Des personnes demandent à représenter une structure. Vérifiez qu’elles en font partie (par
        téléphone, sur le site de la structure) avant d’accepter ; un refus leur est expliqué par
        e-mail.
      </Text>
      <SegmentedControl
        aria-label="Demandes affichées"
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(0);
        }}
        data={(Object.keys(STATUS_LABELS) as StructureClaimStatus[]).map((value) => ({
          value,
          label: STATUS_LABELS[value],
        }))}
        maw={420}
      />
      <PagedTable
        caption={`Demandes de rattachement : ${STATUS_LABELS[status].toLowerCase()}`}
        columns={columns}
        rowKey={(claim) => claim.id}
        data={claims.data}
        isPending={claims.isPending}
        error={claims.error}
        onRetry={() => void claims.refetch()}
        emptyMessage={
          status === 'PENDING'
            ? 'Aucune demande en attente : les nouvelles demandes apparaîtront ici.'
            : 'Aucune demande dans cette liste.'
        }
        onPageChange={setPage}
      />
      {decision?.action === 'accept' && (
        <AcceptClaimDialog claim={decision.claim} onClose={() => setDecision(null)} />
      )}
      {decision?.action === 'refuse' && (
        <RefuseClaimDialog claim={decision.claim} onClose={() => setDecision(null)} />
      )}
    </Stack>
  );
}
