import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { SkipLink } from '@/components/skip-link';
import { MyAccountRoute } from '@/features/account/routes/my-account';
import { OrganisationsRoute } from '@/features/admin/routes/organisations';
import { PartnerClientsRoute } from '@/features/admin/routes/partner-clients';
import { UsersRoute } from '@/features/admin/routes/users';
import { ForgotPasswordRoute } from '@/features/auth/routes/forgot-password';
import { LoginRoute } from '@/features/auth/routes/login';
import { SetPasswordRoute } from '@/features/auth/routes/set-password';
import { HomeRoute } from '@/features/home/routes/home';
import { RequireRole, RequireSession, SessionOrPublic } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';
import { paths, routePatterns } from '@/config/paths';

function Root() {
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}

/** The public directory: its search and profiles, open without an account (same URLs). */
const publicDirectoryRoutes: RouteObject[] = [
  {
    path: paths.directory,
    lazy: async () => ({
      Component: (await import('@/features/directory/routes/directory-search'))
        .DirectorySearchRoute,
    }),
  },
  {
    path: routePatterns.structure,
    lazy: async () => ({
      Component: (await import('@/features/directory/routes/structure-profile'))
        .StructureProfileRoute,
    }),
  },
];

/** The directory's pages load on first visit (they bring the biggest forms and tables). */
const directoryRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['facilitator', 'admin']} />,
    children: [
      {
        path: paths.structureCreate,
        lazy: async () => ({
          Component: (await import('@/features/directory/routes/structure-create'))
            .StructureCreateRoute,
        }),
      },
      {
        path: routePatterns.structureEdit,
        lazy: async () => ({
          Component: (await import('@/features/directory/routes/structure-edit'))
            .StructureEditRoute,
        }),
      },
      {
        path: paths.structureImport,
        lazy: async () => ({
          Component: (await import('@/features/directory/routes/structure-import'))
            .StructureImportRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['siae']} />,
    children: [
      {
        path: paths.myStructure,
        lazy: async () => ({
          Component: (await import('@/features/directory/routes/my-structure')).MyStructureRoute,
        }),
      },
    ],
  },
];

/** Sanitary supplies: the stock of each product and the allocation of new stock (facilitators). */
const supplyStockRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['facilitator', 'admin']} />,
    children: [
      {
        path: paths.stock,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/stock')).StockRoute,
        }),
      },
      {
        path: routePatterns.stockProduct,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/product-stock')).ProductStockRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['facilitator']} />,
    children: [
      {
        path: paths.allocation,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/allocation')).AllocationRoute,
        }),
      },
    ],
  },
];

/**
 * Sourcing's buyer and facilitator pages, given the directory's lists and pickers
 * (SourcingWithDirectory); each loads on first visit.
 */
const sourcingRoutes: RouteObject[] = [
  {
    lazy: async () => ({
      Component: (await import('./sourcing-directory-tools')).SourcingWithDirectory,
    }),
    children: [
      {
        element: <RequireRole roles={['buyer', 'facilitator']} />,
        children: [
          {
            path: paths.requests,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/requests')).RequestsRoute,
            }),
          },
          {
            path: paths.newRequest,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/new-request')).NewRequestRoute,
            }),
          },
          {
            path: routePatterns.request,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/request-detail'))
                .RequestDetailRoute,
            }),
          },
          {
            path: routePatterns.requestEdit,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/edit-request')).EditRequestRoute,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={['facilitator']} />,
        children: [
          {
            path: paths.requestQueue,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/request-queue'))
                .RequestQueueRoute,
            }),
          },
          {
            path: paths.ongoingContracts,
            lazy: async () => ({
              Component: (await import('@/features/sourcing/routes/ongoing-contracts'))
                .OngoingContractsRoute,
            }),
          },
        ],
      },
    ],
  },
];

/** The solicitations: a siae user's opportunities and answers, a facilitator's calls to make. */
const solicitationRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['siae']} />,
    children: [
      {
        path: paths.opportunities,
        lazy: async () => ({
          Component: (await import('@/features/sourcing/routes/opportunities')).OpportunitiesRoute,
        }),
      },
      {
        path: routePatterns.opportunity,
        lazy: async () => ({
          Component: (await import('@/features/sourcing/routes/opportunity')).OpportunityRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['facilitator']} />,
    children: [
      {
        path: paths.unreachableSolicitations,
        lazy: async () => ({
          Component: (await import('@/features/sourcing/routes/unreachable-solicitations'))
            .UnreachableSolicitationsRoute,
        }),
      },
    ],
  },
];

/** Sanitary supplies: a structure orders (a facilitator may order for one) and follows its orders. */
const supplyOrderRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['siae', 'facilitator']} />,
    children: [
      {
        path: paths.supplyOrderNew,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/new-order')).NewOrderRoute,
        }),
      },
      {
        path: paths.supplyOrders,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/orders')).OrdersRoute,
        }),
      },
      {
        path: routePatterns.supplyOrder,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/order-detail')).OrderDetailRoute,
        }),
      },
      {
        path: routePatterns.supplyOrderEdit,
        lazy: async () => ({
          Component: (await import('@/features/supply/routes/edit-order')).EditOrderRoute,
        }),
      },
    ],
  },
];

/**
 * Financing diagnostics: a structure's own; the facilitators' queue and review (admins read),
 * given the directory's structure picker (FinancingWithDirectory).
 */
const financingRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['siae']} />,
    children: [
      {
        path: paths.myDiagnostics,
        lazy: async () => ({
          Component: (await import('@/features/financing/routes/my-diagnostics'))
            .MyDiagnosticsRoute,
        }),
      },
      {
        path: routePatterns.myDiagnostic,
        lazy: async () => ({
          Component: (await import('@/features/financing/routes/my-diagnostic')).MyDiagnosticRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['facilitator', 'admin']} />,
    children: [
      {
        lazy: async () => ({
          Component: (await import('./financing-tools')).FinancingWithDirectory,
        }),
        children: [
          {
            path: paths.diagnosticQueue,
            lazy: async () => ({
              Component: (await import('@/features/financing/routes/diagnostic-queue'))
                .DiagnosticQueueRoute,
            }),
          },
          {
            path: routePatterns.diagnostic,
            lazy: async () => ({
              Component: (await import('@/features/financing/routes/diagnostic-review'))
                .DiagnosticReviewRoute,
            }),
          },
        ],
      },
    ],
  },
];

/** The activity barometer: a structure's weekly survey; the facilitators' dashboard and follow-ups. */
const barometerRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['siae']} />,
    children: [
      {
        path: paths.barometer,
        lazy: async () => ({
          Component: (await import('@/features/barometer/routes/barometer')).BarometerRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['facilitator']} />,
    children: [
      {
        path: paths.surveyEntry,
        lazy: async () => ({
          Component: (await import('@/features/barometer/routes/survey-entry')).SurveyEntryRoute,
        }),
      },
    ],
  },
  {
    element: <RequireRole roles={['facilitator', 'admin']} />,
    children: [
      {
        path: paths.barometerDashboard,
        lazy: async () => ({
          Component: (await import('@/features/barometer/routes/dashboard')).DashboardRoute,
        }),
      },
      {
        path: paths.barometerFollowUps,
        lazy: async () => ({
          Component: (await import('@/features/barometer/routes/follow-ups')).FollowUpsRoute,
        }),
      },
    ],
  },
];

/**
 * Sign-up without an account, its e-mail links and the legal texts it links to: outside the
 * signed-in area, each loaded on first visit.
 */
const signUpRoutes: RouteObject[] = [
  {
    path: paths.signUp,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/sign-up-choice')).SignUpChoiceRoute,
    }),
  },
  {
    path: paths.signUpBuyer,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/sign-up-buyer')).SignUpBuyerRoute,
    }),
  },
  {
    path: paths.signUpStructure,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/sign-up-structure')).SignUpStructureRoute,
    }),
  },
  {
    path: paths.signUpSent,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/sign-up-sent')).SignUpSentRoute,
    }),
  },
  {
    path: paths.signUpVerification,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/sign-up-verification'))
        .SignUpVerificationRoute,
    }),
  },
  {
    path: paths.structureClaimConfirmation,
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/structure-claim-confirmation'))
        .StructureClaimConfirmationRoute,
    }),
  },
  {
    path: paths.terms,
    lazy: async () => ({
      Component: (await import('@/features/legal/routes/terms')).TermsRoute,
    }),
  },
  {
    path: paths.privacy,
    lazy: async () => ({
      Component: (await import('@/features/legal/routes/privacy')).PrivacyRoute,
    }),
  },
];

/** The facilitators' review of who joins: organisations created by sign-up, structure claims. */
const onboardingRoutes: RouteObject[] = [
  {
    element: <RequireRole roles={['facilitator', 'admin']} />,
    children: [
      {
        lazy: async () => ({
          Component: (await import('./onboarding-tools')).OnboardingWithOrganisations,
        }),
        children: [
          {
            path: paths.organisationsToVerify,
            lazy: async () => ({
              Component: (await import('@/features/onboarding/routes/organisations-to-verify'))
                .OrganisationsToVerifyRoute,
            }),
          },
          {
            path: paths.structureClaims,
            lazy: async () => ({
              Component: (await import('@/features/onboarding/routes/structure-claims'))
                .StructureClaimsRoute,
            }),
          },
        ],
      },
    ],
  },
];

export const routes: RouteObject[] = [
  {
    element: <Root />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { path: paths.login, element: <LoginRoute /> },
      { path: paths.forgotPassword, element: <ForgotPasswordRoute /> },
      { path: paths.setPassword, element: <SetPasswordRoute /> },
      ...signUpRoutes,
      {
        // A personal link answers without an account: outside the signed-in area.
        path: routePatterns.solicitationLink,
        lazy: async () => ({
          Component: (await import('@/features/sourcing/routes/solicitation-link'))
            .SolicitationLinkRoute,
        }),
      },
      {
        // The barometer's personal link, from the Monday e-mail: no account either.
        path: routePatterns.surveyLink,
        lazy: async () => ({
          Component: (await import('@/features/barometer/routes/survey-link')).SurveyLinkRoute,
        }),
      },
      { element: <SessionOrPublic />, children: publicDirectoryRoutes },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: paths.myAccount, element: <MyAccountRoute /> },
          ...supplyStockRoutes,
          ...directoryRoutes,
          ...sourcingRoutes,
          ...solicitationRoutes,
          ...supplyOrderRoutes,
          ...barometerRoutes,
          ...financingRoutes,
          ...onboardingRoutes,
          {
            path: paths.admin,
            element: <RequireRole roles={['admin']} />,
            children: [
              { path: 'organisations', element: <OrganisationsRoute /> },
              { path: 'utilisateurs', element: <UsersRoute /> },
              { path: 'clients-partenaires', element: <PartnerClientsRoute /> },
              {
                path: 'regles-financement',
                lazy: async () => ({
                  Component: (await import('@/features/financing/routes/financing-rules'))
                    .FinancingRulesRoute,
                }),
              },
              {
                path: 'journal-acces',
                lazy: async () => ({
                  Component: (await import('@/features/admin/routes/access-log')).AccessLogRoute,
                }),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
