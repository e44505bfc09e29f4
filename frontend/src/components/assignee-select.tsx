import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import type { ParamCodec } from '@/hooks/use-url-state';

export type Facilitator = Schema<'FacilitatorRef'>;

/** A person work is assigned to: an id and the name shown. */
export interface Assignee {
  id: string;
  name: string;
}

/** The network counts a handful of facilitators: one page holds them all. */
const FACILITATORS_PAGE_SIZE = 100;

/** The active facilitators, by name: whom a follow-up or a diagnostic may be given to. */
export function useFacilitators() {
  return useQuery({
    queryKey: ['facilitators'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/facilitators', { params: { query: { size: FACILITATORS_PAGE_SIZE } } }),
      ),
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}

interface Option {
  value: string;
  label: string;
}

/**
 * « Moi (name) » first, then the other facilitators by name; the current assignee is kept when
 * the list does not hold them (an administrator, someone deactivated since).
 */
export function assigneeOptions(
  me: Assignee,
  facilitators: readonly Facilitator[],
  current?: Assignee | null,
): Option[] {
  const others = facilitators
    .filter((facilitator) => facilitator.id !== me.id)
    .map((facilitator) => ({ value: facilitator.id, label: facilitator.displayName }));
  const known = current && (current.id === me.id || others.some((o) => o.value === current.id));
  return [
    { value: me.id, label: me.name ? `Moi (${me.name})` : 'Moi' },
    ...others,
    ...(current && !known ? [{ value: current.id, label: current.name }] : []),
  ];
}

/** The value of « Personne » in a picker that allows it. */
export const NOBODY = 'personne';

interface AssigneeSelectProps extends Pick<
  SelectProps,
  'label' | 'description' | 'error' | 'disabled' | 'w' | 'maw' | 'size' | 'aria-label'
> {
  me: Assignee;
  /** The chosen person's id, or {@link NOBODY}. */
  value?: string | null;
  onChange: (value: string) => void;
  /** Who handles the work now, shown even if no longer in the list. */
  current?: Assignee | null;
  /** Offers « Personne » (unassign), last. */
  allowNobody?: boolean;
}

/** « Attribuer à… »: oneself first, then the other active facilitators. */
export function AssigneeSelect({
  me,
  value,
  onChange,
  current,
  allowNobody = false,
  label = 'Attribuer à…',
  error,
  ...props
}: AssigneeSelectProps) {
  const facilitators = useFacilitators();
  const data = [
    ...assigneeOptions(me, facilitators.data ?? [], current),
    ...(allowNobody ? [{ value: NOBODY, label: 'Personne' }] : []),
  ];
  return (
    <Select
      label={label}
      searchable
      allowDeselect={false}
      nothingFoundMessage="Aucun animateur de ce nom"
      data={data}
      value={value ?? null}
      onChange={(chosen) => {
        if (chosen !== null) onChange(chosen);
      }}
      error={
        error ??
        (facilitators.error
          ? 'La liste des animateurs n’a pas pu être chargée : rechargez la page pour choisir quelqu’un d’autre que vous.'
          : undefined)
      }
      {...props}
    />
  );
}

/** A list's filter by who handles the items: mine, nobody's, or one person's (an id). */
export type AssigneeFilter = 'moi' | 'personne' | { id: string } | null;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** In the URL: `moi`, `personne` or the person's id; anything else reads as no filter. */
export const assigneeFilterParam: ParamCodec<AssigneeFilter> = {
  parse: ([value]) => {
    if (value === 'moi' || value === 'personne') return value;
    return value !== undefined && ID.test(value) ? { id: value } : null;
  },
  format: (value) => (value === null ? [] : [typeof value === 'string' ? value : value.id]),
};

/** The API's `assignee` query value of a filter (`me`, `none` or an id), absent when unfiltered. */
export function assigneeQuery(filter: AssigneeFilter): { assignee?: string } {
  if (filter === null) return {};
  if (filter === 'moi') return { assignee: 'me' };
  if (filter === 'personne') return { assignee: 'none' };
  return { assignee: filter.id };
}

interface AssigneeFilterSelectProps extends Pick<SelectProps, 'label' | 'w'> {
  meId: string;
  value: AssigneeFilter;
  onChange: (value: AssigneeFilter) => void;
  /** « Mes suivis », « Mes diagnostics »… */
  mineLabel?: string;
}

/** « Suivi par »: everyone, mine, nobody's (« Non attribués »), or one of the other facilitators. */
export function AssigneeFilterSelect({
  meId,
  value,
  onChange,
  mineLabel = 'Mes suivis',
  label = 'Suivi par',
  ...props
}: AssigneeFilterSelectProps) {
  const facilitators = useFacilitators();
  const selected = value === null ? null : typeof value === 'string' ? value : value.id;
  const people = (facilitators.data ?? [])
    .filter((facilitator) => facilitator.id !== meId)
    .map((facilitator) => ({ value: facilitator.id, label: facilitator.displayName }));
  if (value !== null && typeof value !== 'string' && !people.some((p) => p.value === value.id)) {
    people.push({ value: value.id, label: 'Un autre animateur' });
  }
  return (
    <Select
      label={label}
      placeholder="Tout le monde"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Suivis par tout le monde' }}
      nothingFoundMessage="Aucun animateur de ce nom"
      data={[
        { value: 'moi', label: mineLabel },
        { value: 'personne', label: 'Non attribués' },
        ...(people.length > 0 ? [{ group: 'Animateurs', items: people }] : []),
      ]}
      value={selected}
      onChange={(chosen) =>
        onChange(
          chosen === null
            ? null
            : chosen === 'moi' || chosen === 'personne'
              ? chosen
              : { id: chosen },
        )
      }
      {...props}
    />
  );
}
