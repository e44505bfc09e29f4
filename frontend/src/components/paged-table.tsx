import {
  Box,
  Card,
  Group,
  Pagination,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

const PAGINATION_CONTROL_LABELS = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
} as const;

export interface Column<T> {
  header: string;
  render: (item: T) => ReactNode;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
}

/** Below this width (a phone: 390 px), rows are shown as cards, never as a table wider than the screen. */
export const CARDS_MEDIA_QUERY = '(max-width: 40em)';

/** A whole list shown as the one page of a paged table. */
export function wholeList<T>(items: T[]): Page<T> {
  return { items, page: 0, size: Math.max(1, items.length), totalItems: items.length };
}

interface PagedTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rowKey: (item: T) => string;
  data: Page<T> | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  emptyMessage: string;
  /** What to do next when the list is empty (e.g. a button that clears the filters). */
  emptyAction?: ReactNode;
  /** When loading failed: what to do if retrying is not enough, and the ways on besides it. */
  errorAdvice?: string;
  errorActions?: ReactNode;
  /** The text filter above the table; pages that filter otherwise leave it out. */
  filter?: { value: string; onChange: (value: string) => void; label: string };
  onPageChange: (page: number) => void;
  /** Whole lists (one page) need no "N résultats" line. */
  hideCount?: boolean;
  /** On a phone, one item's card; by default its columns as labelled lines. */
  renderCard?: (item: T) => ReactNode;
}

/** Filter, table, loading/empty/error states and pagination of a paged list. */
export function PagedTable<T>({
  caption,
  columns,
  rowKey,
  data,
  isPending,
  error,
  onRetry,
  emptyMessage,
  emptyAction,
  errorAdvice,
  errorActions,
  filter,
  onPageChange,
  hideCount = false,
  renderCard,
}: PagedTableProps<T>) {
  const asCards = useMediaQuery(CARDS_MEDIA_QUERY);
  const totalPages = data ? Math.max(1, Math.ceil(data.totalItems / Math.max(1, data.size))) : 1;

  let body: ReactNode;
  if (error) {
    body = (
      <ErrorAlert
        error={error}
        title="Impossible de charger la liste"
        onRetry={onRetry}
        advice={errorAdvice}
        actions={errorActions}
      />
    );
  } else if (isPending || !data) {
    body = (
      <Stack gap="xs" role="status" aria-label="Chargement de la liste">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} height={36} />
        ))}
      </Stack>
    );
  } else if (data.items.length === 0) {
    body = (
      <Stack gap="sm" py="lg" align="flex-start">
        <Text role="status">{emptyMessage}</Text>
        {emptyAction}
      </Stack>
    );
  } else if (asCards) {
    body = (
      <ItemCards
        caption={caption}
        columns={columns}
        rowKey={rowKey}
        items={data.items}
        renderCard={renderCard}
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header} scope="col">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={rowKey(item)}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.render(item)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      {filter && (
        <TextInput
          label={filter.label}
          type="search"
          value={filter.value}
          onChange={(event) => {
            filter.onChange(event.currentTarget.value);
          }}
          maw={420}
        />
      )}
      {body}
      {data && data.totalItems > 0 && !hideCount && (
        <Group justify="space-between" component="nav" aria-label="Pagination">
          <Text size="sm">
            {data.totalItems} résultat{data.totalItems > 1 ? 's' : ''}
          </Text>
          {totalPages > 1 && (
            <Pagination
              total={totalPages}
              value={data.page + 1}
              onChange={(value) => {
                onPageChange(value - 1);
              }}
              getControlProps={(control) => ({ 'aria-label': PAGINATION_CONTROL_LABELS[control] })}
              getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}

interface ItemCardsProps<T> {
  caption: string;
  columns: Column<T>[];
  rowKey: (item: T) => string;
  items: T[];
  renderCard?: ((item: T) => ReactNode) | undefined;
}

/** One card per row: the first column as its title, the others as labelled lines. */
function ItemCards<T>({ caption, columns, rowKey, items, renderCard }: ItemCardsProps<T>) {
  const [title, ...details] = columns;
  return (
    <Stack gap="sm" component="ul" aria-label={caption} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card component="li" key={rowKey(item)} withBorder padding="sm" radius="md">
          {renderCard ? (
            renderCard(item)
          ) : (
            <Stack gap={6}>
              {title && <Box fw={600}>{title.render(item)}</Box>}
              {details.map((column) => (
                <Group key={column.header} gap="xs" wrap="nowrap" align="flex-start">
                  {column.header && (
                    <Text size="sm" c="dimmed" miw={110} maw={110}>
                      {column.header}
                    </Text>
                  )}
                  <Box miw={0} style={{ flex: 1, overflowWrap: 'anywhere' }}>
                    {column.render(item)}
                  </Box>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
