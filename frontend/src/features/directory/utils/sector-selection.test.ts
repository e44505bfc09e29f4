import { describe, expect, it } from 'vitest';
import { groupState, toggleGroup, toggleSector } from './sector-selection';

const GREEN = {
  slug: 'espaces-verts',
  name: 'Espaces verts',
  sectors: [
    { slug: 'elagage', name: 'Élagage' },
    { slug: 'tonte', name: 'Tonte' },
  ],
};

describe('sector selection', () => {
  it('writes_a_chosen_group_as_its_slug', () => {
    expect(toggleGroup(GREEN, ['autre'])).toEqual(['autre', 'espaces-verts']);
    expect(groupState(GREEN, ['espaces-verts'])).toBe('all');
  });

  it('clears_a_group_and_its_sectors_when_chosen_again', () => {
    expect(toggleGroup(GREEN, ['espaces-verts', 'autre'])).toEqual(['autre']);
    expect(toggleGroup(GREEN, ['elagage', 'tonte'])).toEqual([]);
  });

  it('leaves_the_other_sectors_when_one_is_unticked_in_a_chosen_group', () => {
    expect(toggleSector(GREEN, 'tonte', ['espaces-verts'])).toEqual(['elagage']);
    expect(groupState(GREEN, ['elagage'])).toBe('some');
  });

  it('turns_every_sector_of_a_group_into_the_group', () => {
    expect(toggleSector(GREEN, 'tonte', ['elagage'])).toEqual(['espaces-verts']);
  });
});
