import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useFormModalState } from '@/hooks/use-form-modal-state';
import { usePagedFilter } from '@/hooks/use-paged-filter';
import { formatDate, formatEuros } from '@/lib/format';
import { useOngoingContracts, type OngoingContractView } from '../api/ongoing-contracts';
import { OngoingContractFormModal } from '../components/ongoing-contract-form-modal';

/** Facilitators' « Marchés en cours »: contracts whose holders may subcontract to structures. */
export function OngoingContractsRoute() {
  const { setPage, filter, setFilter, params } = usePagedFilter();
  const contracts = useOngoingContracts(params);
  const modal = useFormModalState<OngoingContractView>();

  const columns: Column<OngoingContractView>[] = [
    {
      header: 'Marché',
      render: (contract) => (
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {contract.title}
          </Text>
          <Text size="sm" c="dimmed">
            {contract.buyerOrganisationName}
          </Text>
        </Stack>
      ),
    },
    {
      header: 'Titulaire',
      render: (contract) => (
        <Stack gap={0}>
          <Text size="sm">{contract.holderName}</Text>
          {contract.holderContactName && (
            <Text size="sm" c="dimmed">
              {contract.holderContactName}
            </Text>
          )}
        </Stack>
      ),
    },
    { header: 'Montant', render: (contract) => formatEuros(contract.amount) },
    { header: 'Fin', render: (contract) => formatDate(contract.endDate) },
    {
      header: 'Actions',
      render: (contract) => (
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => modal.openEdit(contract)}
            aria-label={`Modifier ${contract.title}`}
          >
            Modifier
          </Button>
          <Button
            size="xs"
            component={Link}
            to={paths.newRequestForContract(contract.id)}
            aria-label={`Solliciter le titulaire de ${contract.title}`}
          >
            Solliciter le titulaire
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageTitle title="Marchés en cours" />
      <Group justify="space-between" align="center">
        <Title order={1}>Marchés en cours</Title>
        <Button onClick={modal.openCreate}>Nouveau marché</Button>
      </Group>
      <Text c="dimmed">
        Les marchés publics en cours dont le titulaire peut sous-traiter une part à des structures
        d’insertion.
      </Text>
      <PagedTable
        caption="Marchés en cours"
        columns={columns}
        rowKey={(contract) => contract.id}
        data={contracts.data}
        isPending={contracts.isPending}
        error={contracts.error}
        onRetry={() => void contracts.refetch()}
        emptyMessage={
          filter
            ? 'Aucun marché ne correspond à cette recherche.'
            : 'Aucun marché en cours enregistré. Créez-en un pour solliciter son titulaire.'
        }
        emptyAction={
          filter ? (
            <Button variant="outline" onClick={() => setFilter('')}>
              Effacer la recherche
            </Button>
          ) : (
            <Button onClick={modal.openCreate}>Nouveau marché</Button>
          )
        }
        filter={{ value: filter, onChange: setFilter, label: 'Rechercher un marché' }}
        onPageChange={setPage}
      />
      {modal.target && (
        <OngoingContractFormModal
          key={modal.target.mode === 'edit' ? modal.target.item.id : 'new'}
          target={modal.target}
          onClose={modal.close}
        />
      )}
    </Stack>
  );
}
