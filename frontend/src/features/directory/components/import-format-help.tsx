import { Accordion, Badge, Code, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import {
  useStructureImportFormat,
  type StructureImportColumn,
} from '../api/get-structure-import-format';

/** Longer lists of values (the sectors) fold away behind their own button. */
const SHORT_LIST = 12;

function Values({ column }: { column: StructureImportColumn }) {
  if (column.values.length === 0) return null;
  const list = (
    <List size="sm" spacing={2} aria-label={`Valeurs acceptées : ${column.header}`}>
      {column.values.map((value) => (
        <List.Item key={value.code}>
          {value.name} <Code>{value.code}</Code>
        </List.Item>
      ))}
    </List>
  );
  if (column.values.length <= SHORT_LIST) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Valeurs acceptées (libellé ou code) :
        </Text>
        {list}
      </Stack>
    );
  }
  return (
    <Accordion variant="default" chevronPosition="left">
      <Accordion.Item value="values">
        <Accordion.Control>
          Voir les {column.values.length} valeurs acceptées (libellé ou code)
        </Accordion.Control>
        <Accordion.Panel>{list}</Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function ColumnCard({ column }: { column: StructureImportColumn }) {
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{column.header}</Text>
          {/* red.9: white on Mantine's default red is under 4.5:1. */}
          <Badge
            variant={column.required ? 'filled' : 'light'}
            color={column.required ? 'red.9' : 'gray'}
          >
            {column.required ? 'Obligatoire' : 'Facultative'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Ou, en en-tête, le code <Code>{column.code}</Code>
        </Text>
        {column.description && <Text size="sm">{column.description}</Text>}
        <Values column={column} />
      </Stack>
    </Paper>
  );
}

/**
 * How to write the file, from the server (the reference data decides the accepted values):
 * the reading rules, then one card per column. Folded by default; cards rather than a table,
 * so that it reads on a phone.
 */
export function ImportFormatHelp() {
  const [open, setOpen] = useState<string | null>(null);
  // Asked for when first unfolded: most imports are made by people who know the format.
  const format = useStructureImportFormat(open !== null);
  return (
    <Accordion variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
      <Accordion.Item value="format">
        <Accordion.Control>Colonnes du fichier et valeurs acceptées</Accordion.Control>
        <Accordion.Panel>
          {format.error ? (
            <ErrorAlert
              error={format.error}
              title="Impossible de charger l’aide"
              onRetry={() => void format.refetch()}
            />
          ) : !format.data ? (
            <Text size="sm">Chargement de l’aide…</Text>
          ) : (
            <Stack gap="md">
              <List size="sm" spacing={4}>
                {format.data.rules.map((rule) => (
                  <List.Item key={rule}>{rule}</List.Item>
                ))}
              </List>
              <Stack gap="sm" component="ul" p={0} m={0} aria-label="Colonnes">
                {format.data.columns.map((column) => (
                  <ColumnCard key={column.code} column={column} />
                ))}
              </Stack>
            </Stack>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
