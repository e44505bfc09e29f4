/**
 * Every route of the web app, in one place: links, redirects and the router use these instead of
 * literal strings, so a renamed page is one edit. Functions build the paths that carry an id.
 */
export const paths = {
  home: '/',
  login: '/connexion',
  forgotPassword: '/mot-de-passe-oublie',
  setPassword: '/definir-mot-de-passe',
  myAccount: '/mon-compte',
  directory: '/annuaire',
  structure: (id: string) => `/annuaire/${id}`,
  structureEdit: (id: string) => `/annuaire/${id}/modifier`,
  structureCreate: '/annuaire/nouvelle',
  structureImport: '/annuaire/import',
  myStructure: '/ma-structure',
  myStructureOf: (id: string) => `/ma-structure?structure=${encodeURIComponent(id)}`,
  admin: '/admin',
  adminOrganisations: '/admin/organisations',
  adminUsers: '/admin/utilisateurs',
  adminPartnerClients: '/admin/clients-partenaires',
  opportunities: '/opportunites',
  opportunity: (id: string) => `/opportunites/${id}`,
  solicitationLink: (token: string) => `/reponse/${token}`,
  unreachableSolicitations: '/sollicitations/a-appeler',
} as const;

/** Route patterns for the router (the `:id` form of the functions above). */
export const routePatterns = {
  opportunity: '/opportunites/:id',
  solicitationLink: '/reponse/:token',
  structure: '/annuaire/:id',
  structureEdit: '/annuaire/:id/modifier',
} as const;
