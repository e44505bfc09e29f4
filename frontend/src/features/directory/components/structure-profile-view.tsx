import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import type { StructureDetail } from '../api/get-structure';
import type { DirectoryReferences } from '../hooks/use-directory-references';
import { formatEuros } from '@/lib/format';
import { describePrice, describeRange, formatNumber } from '../utils/format';
import { describeCapacity } from '../utils/offer-format';
import { DetailField, DetailSection } from '@/components/detail-section';

const LIST = { listStyle: 'none' } as const;

export const CONTACTS_PROMPT = 'Connectez-vous ou créez un compte pour voir les coordonnées.';

/** In place of the e-mail and phone for a visitor without an account: how to see them. */
function ContactsPrompt() {
  const { pathname, search } = useLocation();
  return (
    <Stack gap={4}>
      <Text>{CONTACTS_PROMPT}</Text>
      <Group gap="md">
        <Anchor component={Link} to={paths.loginThen(`${pathname}${search}`)}>
          Se connecter
        </Anchor>
        <Anchor component={Link} to={paths.signUp}>
          Créer un compte
        </Anchor>
      </Group>
    </Stack>
  );
}

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

interface StructureProfileViewProps {
  structure: StructureDetail;
  references: DirectoryReferences;
  /**
   * The completion rate is for those who can complete the profile (its
   * members, facilitators, admins), not for buyers and partners.
   */
  showCompletion: boolean;
}

/**
 * The profile as every role sees it, and the confidential fields when the API
 * sends them. Activities and offers are cards: readable on a phone.
 */
export function StructureProfileView({
  structure,
  references,
  showCompletion,
}: StructureProfileViewProps) {
  const address = [
    structure.address,
    [structure.postCode, structure.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const hasConfidential =
    structure.contactName != null ||
    structure.permanentHeadcount != null ||
    structure.annualRevenue != null;

  return (
    <Stack gap="lg">
      <DetailSection title="Présentation">
        <Group gap="xs">
          <Badge variant="light">{references.kindLabel(structure.kind)}</Badge>
          {!structure.active && <Badge color="gray">Désactivée</Badge>}
          {structure.labels.map((label) => (
            <Badge key={label} color="teal" variant="outline">
              {references.labelName(label)}
            </Badge>
          ))}
        </Group>
        {structure.description && (
          <Text style={{ whiteSpace: 'pre-line' }}>{structure.description}</Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          {structure.brand && <DetailField label="Enseigne">{structure.brand}</DetailField>}
          <DetailField label="SIRET">{structure.siret}</DetailField>
          <DetailField label="Adresse">{address || '—'}</DetailField>
          <DetailField label="Département">
            {structure.department
              ? `${structure.department} – ${references.departmentName(structure.department)}`
              : '—'}
          </DetailField>
          {structure.contactsHidden ? (
            <DetailField label="Coordonnées">
              <ContactsPrompt />
            </DetailField>
          ) : (
            <>
              <DetailField label="E-mail">
                {structure.email ? (
                  <Anchor href={`mailto:${structure.email}`}>{structure.email}</Anchor>
                ) : (
                  '—'
                )}
              </DetailField>
              <DetailField label="Téléphone">
                {structure.phone ? (
                  <Anchor href={`tel:${structure.phone}`}>{structure.phone}</Anchor>
                ) : (
                  '—'
                )}
              </DetailField>
            </>
          )}
          <DetailField label="Site web">
            {structure.website ? (
              <Anchor
                href={websiteHref(structure.website)}
                target="_blank"
                rel="noopener noreferrer"
              >
                {structure.website}
              </Anchor>
            ) : (
              '—'
            )}
          </DetailField>
          <DetailField label="ETP en insertion">{formatNumber(structure.insertionFte)}</DetailField>
          {structure.legalForm && (
            <DetailField label="Forme juridique">{structure.legalForm}</DetailField>
          )}
          {structure.naf && <DetailField label="Code NAF">{structure.naf}</DetailField>}
          <DetailField label="Réseaux">
            {structure.networks.length
              ? structure.networks.map(references.networkName).join(', ')
              : '—'}
          </DetailField>
        </SimpleGrid>
        {showCompletion && (
          <Stack gap={4}>
            <Text size="sm" id="taux-completion">
              Fiche complétée à {structure.completionRate} %
            </Text>
            <Progress.Root>
              <Progress.Section
                value={structure.completionRate}
                aria-labelledby="taux-completion"
              />
            </Progress.Root>
          </Stack>
        )}
      </DetailSection>

      {hasConfidential && (
        <DetailSection title="Informations confidentielles">
          <Text size="sm" c="dimmed">
            Visibles uniquement par la structure, les animateurs et les administrateurs.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <DetailField label="Personne à contacter">{structure.contactName ?? '—'}</DetailField>
            <DetailField label="Effectif permanent">
              {formatNumber(structure.permanentHeadcount)}
            </DetailField>
            <DetailField label="Chiffre d’affaires annuel">
              {structure.annualRevenue == null ? '—' : formatEuros(structure.annualRevenue)}
            </DetailField>
          </SimpleGrid>
        </DetailSection>
      )}

      <DetailSection title="Activités">
        {structure.activities.length === 0 ? (
          <Text>Aucune activité renseignée.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} style={LIST}>
            {structure.activities.map((activity) => {
              const sector = references.sectorName(activity.sector);
              return (
                <Paper key={activity.id} withBorder p="md" component="li" aria-label={sector}>
                  <Stack gap={4}>
                    <Title order={3} size="h5">
                      {sector}
                    </Title>
                    <Text size="sm">
                      {activity.prestaTypes.map(references.prestaTypeLabel).join(', ')}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {describeRange(activity, references.departmentName)}
                    </Text>
                  </Stack>
                </Paper>
              );
            })}
          </SimpleGrid>
        )}
      </DetailSection>

      <DetailSection title="Catalogue">
        {structure.offers.length === 0 ? (
          <Text>Aucune offre au catalogue.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} style={LIST}>
            {structure.offers.map((offer) => (
              <Paper key={offer.id} withBorder p="md" component="li" aria-label={offer.title}>
                <Stack gap={4}>
                  <Title order={3} size="h5">
                    {offer.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {references.sectorName(offer.sector)} ·{' '}
                    {references.prestaTypeLabel(offer.prestaType)}
                  </Text>
                  {offer.description && <Text size="sm">{offer.description}</Text>}
                  <Text size="sm">
                    Prix indicatif :{' '}
                    {describePrice(offer.priceMin, offer.priceMax, offer.unit) ?? 'sur devis'}
                  </Text>
                  {offer.monthlyCapacity != null && (
                    <Text size="sm">
                      Capacité : {describeCapacity(offer.monthlyCapacity, offer.unit)}
                    </Text>
                  )}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </DetailSection>

      <DetailSection title="Références clients">
        {structure.clientReferences.length === 0 ? (
          <Text>Aucune référence renseignée.</Text>
        ) : (
          <Stack gap="xs" component="ul" pl="md" m={0}>
            {structure.clientReferences.map((reference, index) => (
              <li key={`${reference.name}-${index}`}>
                <Text fw={600} span>
                  {reference.name}
                </Text>
                {reference.description && <Text span> — {reference.description}</Text>}
              </li>
            ))}
          </Stack>
        )}
      </DetailSection>
    </Stack>
  );
}
