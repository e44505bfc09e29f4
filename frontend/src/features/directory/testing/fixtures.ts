import { jsonResponse, type Handler } from '@/testing/http';
import type { StructureDetail } from '../api/get-structure';
import type { StructureSearchPage, StructureSummary } from '../api/search-structures';

export const JARDINS: StructureSummary = {
  id: '33333333-3333-3333-3333-333333333333',
  siret: '41234567800017',
  name: 'Les Jardins de Cocagne Montreuil',
  brand: 'Jardins de Montreuil',
  kind: 'ACI',
  postCode: '93100',
  city: 'Montreuil',
  department: '93',
  latitude: 48.8611,
  longitude: 2.4437,
  insertionFte: 24.5,
  sectors: ['maraichage-legumerie-conserverie'],
  prestaTypes: ['GOODS'],
  labels: [],
  networks: [],
  offerCount: 2,
  active: true,
  completionRate: 80,
};

export const JARDINS_DETAIL: StructureDetail = {
  ...JARDINS,
  legalForm: 'Association',
  address: '12 rue de la République',
  description: 'Maraîchage biologique et paniers de légumes.',
  email: 'contact@jardins.example',
  phone: '01 23 45 67 89',
  website: 'jardins.example',
  clientReferences: [{ name: 'Ville de Montreuil', description: 'Paniers hebdomadaires' }],
  organisationId: '00000000-0000-0000-0000-0000000000b1',
  contactName: 'Amina Diallo',
  contactsHidden: false,
  activities: [
    {
      id: '44444444-4444-4444-4444-444444444444',
      sector: 'maraichage-legumerie-conserverie',
      prestaTypes: ['GOODS'],
      geoRange: 'DEPARTMENTS',
      geoDepartments: ['93', '94'],
      version: 1,
    },
  ],
  offers: [
    {
      id: '55555555-5555-5555-5555-555555555555',
      title: 'Panier de légumes bio de saison',
      description: 'Légumes cultivés sur place.',
      sector: 'maraichage-legumerie-conserverie',
      prestaType: 'GOODS',
      unit: 'pièce',
      priceMin: 12,
      priceMax: 20,
      monthlyCapacity: 400,
      version: 3,
    },
  ],
  createdAt: '2025-03-01T09:30:00Z',
  updatedAt: '2025-03-02T09:30:00Z',
  version: 7,
};

export function searchPage(
  items: StructureSummary[],
  facets: StructureSearchPage['facets'] = {
    kinds: [{ value: 'ACI', label: 'ACI', count: items.length }],
    sectorGroups: [
      { value: 'agriculture-alimentation', label: 'Agriculture', count: items.length },
    ],
    departments: [{ value: '93', label: 'Seine-Saint-Denis', count: items.length }],
    withContact: items.length,
  },
): StructureSearchPage {
  return { items, page: 0, size: 20, totalItems: items.length, facets, allWordsMatched: true };
}

/** The reference lists of the directory, small but shaped as the API answers. */
export const REFERENCE_ROUTES: Record<string, Handler> = {
  'GET /api/v1/sectors': () =>
    jsonResponse([
      {
        slug: 'agriculture-alimentation',
        name: 'Agriculture et alimentation',
        sectors: [
          { slug: 'maraichage-legumerie-conserverie', name: 'Maraîchage, légumerie' },
          { slug: 'agriculture', name: 'Agriculture' },
        ],
      },
      {
        slug: 'proprete',
        name: 'Propreté',
        sectors: [{ slug: 'nettoyage-de-locaux', name: 'Nettoyage de locaux' }],
      },
    ]),
  'GET /api/v1/departments': () =>
    jsonResponse([
      { code: '93', name: 'Seine-Saint-Denis' },
      { code: '94', name: 'Val-de-Marne' },
    ]),
  'GET /api/v1/structure-kinds': () =>
    jsonResponse([
      { code: 'ACI', label: 'Atelier et chantier d’insertion', description: 'Emploie…' },
      { code: 'EI', label: 'Entreprise d’insertion', description: 'Produit…' },
    ]),
  'GET /api/v1/presta-types': () =>
    jsonResponse([
      { code: 'SERVICE', label: 'Prestation de service' },
      { code: 'STAFFING', label: 'Mise à disposition' },
      { code: 'GOODS', label: 'Fourniture de biens' },
    ]),
  'GET /api/v1/structure-labels': () => jsonResponse([{ code: 'ESUS', name: 'ESUS' }]),
  'GET /api/v1/structure-networks': () => jsonResponse([{ code: 'COORACE', name: 'Coorace' }]),
};
