import { Button, Group, Popover, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { errorMessage } from '@/lib/api/problem';
import {
  useExportStructures,
  type ExportFormat,
  type ExportLayout,
} from '../api/export-structures';
import type { StructureSearchParams } from '../api/search-structures';

interface ExportMenuProps {
  /** The search as it is shown (filters, text, point and sort): the file has its rows in its order. */
  params: StructureSearchParams;
  /** How many structures the search finds; undefined while it runs. */
  totalItems: number | undefined;
}

/**
 * "Exporter": the structures of the current search as Excel or CSV, readable (French headers
 * and labels, the default) or in the import's format. Disabled, with the reason, when the
 * search finds nothing.
 */
export function ExportMenu({ params, totalItems }: ExportMenuProps) {
  const [opened, setOpened] = useState(false);
  const [layout, setLayout] = useState<ExportLayout>('readable');
  const exportFile = useExportStructures();
  const reasonId = useId();
  const nothing = totalItems === 0;

  const start = (format: ExportFormat) => {
    setOpened(false);
    exportFile.mutate(
      { params, format, layout },
      { onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }) },
    );
  };

  return (
    <Stack gap={4} align="flex-end">
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        trapFocus
        returnFocus
        withArrow
        shadow="md"
      >
        <Popover.Target>
          <Button
            variant="outline"
            onClick={() => setOpened((open) => !open)}
            loading={exportFile.isPending}
            disabled={totalItems === undefined || nothing}
            aria-describedby={nothing ? reasonId : undefined}
          >
            Exporter
          </Button>
        </Popover.Target>
        {/* Mantine names the dialog after its target: "Exporter". */}
        <Popover.Dropdown maw="min(320px, calc(100vw - 32px))">
          <Stack gap="md">
            <Radio.Group
              label="Présentation"
              value={layout}
              onChange={(value) => setLayout(value === 'import' ? 'import' : 'readable')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="readable"
                  label="Lisible"
                  description="En-têtes et libellés en français, distance avec un lieu"
                />
                <Radio
                  value="import"
                  label="Format d’import"
                  description="Codes des colonnes, pour modifier puis réimporter"
                />
              </Stack>
            </Radio.Group>
            <Group gap="sm" grow>
              <Button onClick={() => start('xlsx')}>Excel</Button>
              <Button variant="default" onClick={() => start('csv')}>
                CSV
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {totalItems === undefined
                ? ''
                : `${totalItems} structure${totalItems > 1 ? 's' : ''}, dans l’ordre affiché.`}
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {nothing && (
        <Text id={reasonId} size="sm" c="dimmed">
          Rien à exporter : aucune structure ne correspond à la recherche.
        </Text>
      )}
    </Stack>
  );
}
