import { describe, expect, it } from 'vitest';
import { emailRule } from './validation';

describe('emailRule', () => {
  it('accepts an address whose domain has a dot', () => {
    expect(emailRule('nom@exemple.fr')).toBeNull();
    expect(emailRule('  prenom.nom@mairie.paris.fr ')).toBeNull();
  });

  it('says why an address without a dot in its domain is refused', () => {
    expect(emailRule('nom@exemple')).toMatch(/domaine.*point/);
    expect(emailRule('nom@exemple.')).toMatch(/domaine.*point/);
    expect(emailRule('nom@.fr')).toMatch(/domaine.*point/);
  });

  it('refuses what is not an address at all', () => {
    expect(emailRule('')).toBe('Saisissez une adresse e-mail valide.');
    expect(emailRule('pas-une-adresse')).toBe('Saisissez une adresse e-mail valide.');
    expect(emailRule('a@b@c.fr')).toBe('Saisissez une adresse e-mail valide.');
  });
});
