import { Checkbox, Select, Stack } from '@mantine/core';
import type { ReactElement } from 'react';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { CurrentUser } from '@/lib/api/types';
import {
  DirectoryToolsProvider,
  type CommuneFieldProps,
  type DirectoryTools,
  type SectorFieldProps,
  type SourcingReferences,
  type StructureChoice,
  type StructureFieldProps,
} from '../components/directory-tools';

export const STRUCTURES: StructureChoice[] = [
  { id: '33333333-3333-3333-3333-333333333333', name: 'Les Jardins de Cocagne' },
  { id: '66666666-6666-6666-6666-666666666666', name: 'Net Plus Insertion' },
];

export const REFERENCES: SourcingReferences = {
  sectorGroups: [
    {
      slug: 'proprete',
      name: 'Propreté',
      sectors: [
        { slug: 'nettoyage-de-locaux', name: 'Nettoyage de locaux' },
        { slug: 'nettoyage-industriel', name: 'Nettoyage industriel' },
      ],
    },
  ],
  departments: [
    { code: '93', name: 'Seine-Saint-Denis', regionCode: '11' },
    { code: '94', name: 'Val-de-Marne', regionCode: '11' },
  ],
  kinds: [
    { code: 'ACI', label: 'Atelier et chantier d’insertion', description: '…' },
    { code: 'EI', label: 'Entreprise d’insertion', description: '…' },
  ],
  prestaTypes: [
    { code: 'SERVICE', label: 'Prestation de service' },
    { code: 'GOODS', label: 'Fourniture de biens' },
  ],
  sectorName: (slug) => (slug === 'proprete' ? 'Propreté' : slug),
  departmentName: (code) => (code === '93' ? 'Seine-Saint-Denis' : code),
  kindLabel: (code) => code,
  prestaTypeLabel: (code) => code,
};

function CommuneField({ label, value, onChange, error, required }: CommuneFieldProps) {
  return (
    <Select
      label={label}
      required={required}
      error={error}
      data={[{ value: 'montreuil', label: 'Montreuil (93)' }]}
      value={value ? 'montreuil' : null}
      onChange={(chosen) =>
        onChange(
          chosen
            ? { name: 'Montreuil (93)', latitude: 48.86, longitude: 2.44, department: '93' }
            : null,
        )
      }
    />
  );
}

/** The sector tree reduced to its groups: enough to choose and to focus. */
function SectorField({ selected, onChange }: SectorFieldProps) {
  return (
    <Stack gap={4}>
      {REFERENCES.sectorGroups.map((group) => (
        <Checkbox
          key={group.slug}
          label={`Tout le groupe « ${group.name} »`}
          checked={selected.includes(group.slug)}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? [...selected, group.slug]
                : selected.filter((slug) => slug !== group.slug),
            )
          }
        />
      ))}
    </Stack>
  );
}

/** The suggestions first, then the fixed directory (each structure once). */
function StructureField({
  label,
  value,
  onChange,
  suggestions = [],
  error,
  required,
}: StructureFieldProps) {
  const choices = new Map<string, StructureChoice>();
  for (const choice of [...suggestions, ...STRUCTURES]) {
    if (!choices.has(choice.id)) choices.set(choice.id, choice);
  }
  return (
    <Select
      label={label}
      required={required}
      error={error}
      data={[...choices.values()].map((structure) => ({
        value: structure.id,
        label: structure.name,
      }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id === null ? null : (choices.get(id) ?? null))}
    />
  );
}

/** The directory's part of the sourcing pages, without the directory (fixed lists). */
export const TEST_DIRECTORY_TOOLS: DirectoryTools = {
  useReferences: () => REFERENCES,
  useStructureName: (id) => STRUCTURES.find((structure) => structure.id === id)?.name,
  CommuneField,
  SectorField,
  StructureField,
};

export const BUYER: CurrentUser = {
  id: '00000000-0000-0000-0000-0000000000c1',
  email: 'acheteur@demo.relance-iae.fr',
  displayName: 'Bruno Acheteur',
  role: 'buyer',
  organisation: {
    id: '00000000-0000-0000-0000-0000000000b1',
    name: 'Ville de Montreuil',
    kind: 'PUBLIC_BUYER',
  },
};

export const FACILITATOR: CurrentUser = {
  id: '00000000-0000-0000-0000-0000000000c2',
  email: 'animateur@demo.relance-iae.fr',
  displayName: 'Fanny Animatrice',
  role: 'facilitator',
  organisation: {
    id: '00000000-0000-0000-0000-0000000000b2',
    name: 'Club ASR Île-de-France',
    kind: 'NETWORK',
  },
};

interface RenderOptions {
  path: string;
  initialEntry?: string;
  user?: CurrentUser;
}

/** A sourcing page signed in (a buyer by default), with the test directory tools. */
export function renderSourcingRoute(
  element: ReactElement,
  { path, initialEntry, user = BUYER }: RenderOptions,
) {
  signIn(user);
  return renderRoute(
    <DirectoryToolsProvider value={TEST_DIRECTORY_TOOLS}>{element}</DirectoryToolsProvider>,
    {
      path,
      ...(initialEntry ? { initialEntry } : {}),
      routes: [
        {
          path: '/besoins/:id',
          element: <h1>Page du besoin</h1>,
        },
      ],
    },
  );
}
