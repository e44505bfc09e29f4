import { describe, expect, it } from 'vitest';
import { JARDINS_DETAIL } from '../testing/fixtures';
import { profileFormValues, profileInput } from './profile-form-values';

describe('profile form values', () => {
  it('round_trips_a_profile_through_the_form_unchanged', () => {
    const detail = {
      ...JARDINS_DETAIL,
      naf: '01.13Z',
      permanentHeadcount: 6,
      annualRevenue: 450000,
      labels: ['ESUS'],
      networks: ['COORACE'],
    };

    const values = profileFormValues(detail);
    expect(values.insertionFte).toBe('24,5');
    expect(values.latitude).toBe('48,8611');

    expect(profileInput(values, 'ACI')).toEqual({
      siret: detail.siret,
      name: detail.name,
      brand: detail.brand,
      kind: 'ACI',
      legalForm: detail.legalForm,
      naf: '01.13Z',
      address: detail.address,
      postCode: detail.postCode,
      city: detail.city,
      department: detail.department,
      latitude: detail.latitude,
      longitude: detail.longitude,
      description: detail.description,
      email: detail.email,
      phone: detail.phone,
      contactName: detail.contactName,
      website: detail.website,
      insertionFte: 24.5,
      permanentHeadcount: 6,
      annualRevenue: 450000,
      labels: ['ESUS'],
      networks: ['COORACE'],
      clientReferences: [{ name: 'Ville de Montreuil', description: 'Paniers hebdomadaires' }],
      active: true,
    });
  });

  it('starts_a_new_profile_empty_and_leaves_empty_fields_out', () => {
    const values = profileFormValues(null);
    expect(values.name).toBe('');
    expect(values.kind).toBeNull();
    expect(values.active).toBe(true);

    const input = profileInput(
      {
        ...values,
        siret: '412 345 678 00017',
        name: '  Atelier  ',
        insertionFte: '1,5',
        clientReferences: [
          { name: ' ', description: '' },
          { name: 'Mairie', description: ' ' },
        ],
      },
      'EI',
    );
    expect(input).toEqual({
      siret: '41234567800017',
      name: 'Atelier',
      kind: 'EI',
      insertionFte: 1.5,
      labels: [],
      networks: [],
      clientReferences: [{ name: 'Mairie' }],
      active: true,
    });
  });
});
