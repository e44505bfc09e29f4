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
  requests: '/besoins',
  newRequest: '/besoins/nouveau',
  /** « Demander un devis » to one structure: Nouveau besoin with it targeted. */
  newRequestFor: (structureId: string) =>
    `/besoins/nouveau?structure=${encodeURIComponent(structureId)}`,
  /** Nouveau besoin with a channel chosen (facilitators: a negotiated opportunity). */
  newRequestOfChannel: (channel: 'NEGOTIATED' | 'SUBCONTRACTING') =>
    `/besoins/nouveau?canal=${channel === 'NEGOTIATED' ? 'gre-a-gre' : 'sous-traitance'}`,
  /** Nouveau besoin that asks an ongoing contract's holder to subcontract. */
  newRequestForContract: (contractId: string) =>
    `/besoins/nouveau?marche=${encodeURIComponent(contractId)}`,
  requestQueue: '/besoins/a-valider',
  request: (id: string) => `/besoins/${id}`,
  requestEdit: (id: string) => `/besoins/${id}/modifier`,
  ongoingContracts: '/marches-en-cours',
  // Financing diagnostics: a structure's own, the facilitators' queue and review.
  myDiagnostics: '/diagnostic-financier',
  myDiagnostic: (id: string) => `/diagnostic-financier/${id}`,
  diagnosticQueue: '/diagnostics',
  diagnostic: (id: string) => `/diagnostics/${id}`,
  admin: '/admin',
  adminOrganisations: '/admin/organisations',
  adminUsers: '/admin/utilisateurs',
  adminPartnerClients: '/admin/clients-partenaires',
  adminFinancingRules: '/admin/regles-financement',
  adminAccessLog: '/admin/journal-acces',
  opportunities: '/opportunites',
  opportunity: (id: string) => `/opportunites/${id}`,
  solicitationLink: (token: string) => `/reponse/${token}`,
  unreachableSolicitations: '/sollicitations/a-appeler',
  // Sanitary supplies: a structure's orders.
  supplyOrderNew: '/fournitures/commander',
  supplyOrders: '/fournitures/commandes',
  supplyOrder: (id: string) => `/fournitures/commandes/${id}`,
  supplyOrderEdit: (id: string) => `/fournitures/commandes/${id}/modifier`,
  // Sanitary supplies: the stock and its allocation (facilitators).
  stock: '/fournitures/stock',
  stockProduct: (id: string) => `/fournitures/stock/${id}`,
  allocation: '/fournitures/repartition',
  allocationRun: (id: string) => `/fournitures/repartition?run=${encodeURIComponent(id)}`,
  // The activity barometer: a structure's weekly survey, the facilitators' dashboard and follow-ups.
  barometer: '/barometre',
  barometerDashboard: '/barometre/tableau-de-bord',
  barometerFollowUps: '/barometre/suivis',
  /** A facilitator enters a structure's answer (a phone survey). */
  surveyEntry: '/barometre/saisie',
  surveyEntryFor: (structureId: string) =>
    `/barometre/saisie?structure=${encodeURIComponent(structureId)}`,
  surveyLink: (token: string) => `/enquete/${token}`,
  /** The login page that sends the visitor to `returnTo` (a path of the app) once signed in. */
  loginThen: (returnTo: string) => `/connexion?retour=${encodeURIComponent(returnTo)}`,
  // Sign-up without an account (buyers, structures), its e-mail links and the legal pages it links to.
  signUp: '/inscription',
  signUpBuyer: '/inscription/acheteur',
  signUpStructure: '/inscription/structure',
  /** « Vérifiez votre boîte mail », with the address the link was sent to. */
  signUpSent: '/inscription/envoyee',
  signUpSentTo: (email: string) => `/inscription/envoyee?adresse=${encodeURIComponent(email)}`,
  /** The link of the verification e-mail (`?jeton=…`). */
  signUpVerification: '/inscription/verification',
  /** The link sent to a structure's contact e-mail (`?jeton=…`). */
  structureClaimConfirmation: '/rattachement/confirmation',
  terms: '/conditions-utilisation',
  privacy: '/confidentialite',
  // The facilitators' review of who joins: new organisations, claims of structures.
  organisationsToVerify: '/animation/organisations-a-verifier',
  structureClaims: '/animation/rattachements',
} as const;

/** Route patterns for the router (the `:id` form of the functions above). */
export const routePatterns = {
  opportunity: '/opportunites/:id',
  solicitationLink: '/reponse/:token',
  structure: '/annuaire/:id',
  structureEdit: '/annuaire/:id/modifier',
  request: '/besoins/:id',
  requestEdit: '/besoins/:id/modifier',
  myDiagnostic: '/diagnostic-financier/:id',
  diagnostic: '/diagnostics/:id',
  supplyOrder: '/fournitures/commandes/:id',
  supplyOrderEdit: '/fournitures/commandes/:id/modifier',
  stockProduct: '/fournitures/stock/:id',
  surveyLink: '/enquete/:token',
} as const;
