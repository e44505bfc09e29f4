import { Anchor, Stack, Text } from '@mantine/core';
import type { SolicitationContact } from '../api/request-solicitations';

/** Digits and a leading "+" only, for a tel: link. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** How to reach a structure: its contact person, phone, e-mail, and the people with an account. */
export function ContactDetails({ contact }: { contact: SolicitationContact }) {
  const empty =
    !contact.contactName && !contact.email && !contact.phone && contact.users.length === 0;
  if (empty) {
    return (
      <Text size="sm" c="dimmed">
        Aucun contact connu : cherchez la structure par son nom ou son SIRET.
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {contact.contactName && <Text size="sm">{contact.contactName}</Text>}
      {contact.phone && (
        <Anchor href={telHref(contact.phone)} size="sm">
          {contact.phone}
        </Anchor>
      )}
      {contact.email && (
        <Anchor href={`mailto:${contact.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {contact.email}
        </Anchor>
      )}
      {contact.users.map((user) => (
        <Text key={user.email} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {user.displayName} ·{' '}
          <Anchor href={`mailto:${user.email}`} size="sm">
            {user.email}
          </Anchor>
        </Text>
      ))}
    </Stack>
  );
}
