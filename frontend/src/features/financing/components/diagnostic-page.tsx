import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { ApiError } from '@/lib/api/problem';
import { useDiagnostic, type DiagnosticView } from '../api/get-diagnostic';
import { useDepartmentLabel, useKindLabel } from '../api/references';
import { formatDateTime } from '../utils/format';
import { STATUS_EXPLANATIONS, type Instrument } from '../utils/labels';
import { AbandonDraft } from './abandon-draft';
import { DiagnosticForm } from './diagnostic-form';
import { FiguresPanel } from './figures-panel';
import { InputsSummary } from './inputs-summary';
import { OrientationPanel } from './orientation-panel';
import { RecommendationsPanel } from './recommendations-panel';
import { ReviewPanel } from './review-panel';
import { DiagnosticStatusBadge, RiskBadge } from './status-badge';

interface DiagnosticPageProps {
  id: string;
  /** Facilitators (and admins, read only) see the review side; a structure its own view. */
  role: 'structure' | 'facilitator' | 'admin';
  /** The list to go back to. */
  backTo: { to: string; label: string };
}

/** « Créé le 2 déc. 2026 · envoyé le 3 déc. 2026 » */
function dates(diagnostic: DiagnosticView): string {
  const parts = [`Ouvert le ${formatDateTime(diagnostic.createdAt)}`];
  if (diagnostic.submittedAt) parts.push(`envoyé le ${formatDateTime(diagnostic.submittedAt)}`);
  parts.push(`mis à jour le ${formatDateTime(diagnostic.updatedAt)}`);
  return parts.join(' · ');
}

function DiagnosticResults({
  diagnostic,
  narrow,
  ownView,
}: {
  diagnostic: DiagnosticView;
  narrow: boolean;
  ownView: boolean;
}) {
  const complete = diagnostic.figures.riskLevel != null;
  return (
    <Stack gap="lg">
      <FiguresPanel
        inputs={diagnostic.inputs}
        figures={diagnostic.figures}
        narrow={narrow}
        ownView={ownView}
      />
      <RecommendationsPanel recommendations={diagnostic.recommendations} complete={complete} />
    </Stack>
  );
}

/**
 * One diagnostic: while a draft, the form beside the figures it gives (recomputed at each save);
 * then what was declared, the figures, the recommendations, the facilitator's orientation, and
 * for facilitators the review.
 */
export function DiagnosticPage({ id, role, backTo }: DiagnosticPageProps) {
  const query = useDiagnostic(id);
  const kindLabel = useKindLabel();
  const departmentLabel = useDepartmentLabel();

  if (query.isPending) return <PageLoader label="Chargement du diagnostic…" />;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack gap="lg">
        <PageTitle title="Diagnostic financier" />
        <Title order={1}>Diagnostic financier</Title>
        <ErrorAlert
          error={query.error}
          title={missing ? 'Diagnostic introuvable' : 'Impossible de charger le diagnostic'}
          onRetry={missing ? undefined : () => void query.refetch()}
          advice={
            missing
              ? 'Il n’existe pas, ou il appartient à une autre structure. Retrouvez vos diagnostics dans la liste.'
              : 'Si le problème continue, rechargez la page un peu plus tard.'
          }
          actions={
            <Button component={Link} to={backTo.to} size="xs" variant="outline">
              {backTo.label}
            </Button>
          }
        />
      </Stack>
    );
  }

  const { data: diagnostic, etag } = query.data;
  const editable = diagnostic.status === 'DRAFT' && role !== 'admin';
  const amounts = Object.fromEntries(
    diagnostic.recommendations.map((recommendation) => [
      recommendation.instrument,
      recommendation.amount,
    ]),
  ) as Partial<Record<Instrument, number | null | undefined>>;
  const orientation = diagnostic.orientation;
  const title = `Diagnostic financier — ${diagnostic.structureName}`;

  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Anchor component={Link} to={backTo.to} size="sm">
        ← {backTo.label}
      </Anchor>
      <Stack gap={6}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap="xs">
          <DiagnosticStatusBadge status={diagnostic.status} />
          <RiskBadge level={diagnostic.figures.riskLevel} />
        </Group>
        <Text size="sm" c="dimmed">
          {kindLabel(diagnostic.kind)}
          {diagnostic.department ? ` · ${departmentLabel(diagnostic.department)}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {dates(diagnostic)}
        </Text>
      </Stack>
      {role === 'structure' && (
        <Alert variant="light" title="Où en est votre diagnostic">
          <Text size="sm">{STATUS_EXPLANATIONS[diagnostic.status]}</Text>
        </Alert>
      )}
      {role !== 'structure' && diagnostic.status === 'DRAFT' && (
        <Alert variant="light" title="Brouillon">
          <Text size="sm">
            La structure ne l’a pas encore envoyé.
            {role === 'facilitator' &&
              ' Vous pouvez le remplir avec elle (par téléphone) puis l’envoyer à sa place.'}
          </Text>
        </Alert>
      )}

      {editable ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <DiagnosticForm
              key={diagnostic.id}
              diagnostic={diagnostic}
              etag={etag}
              onReload={() => void query.refetch()}
            />
            {role === 'structure' && <AbandonDraft diagnostic={diagnostic} etag={etag} />}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <DiagnosticResults diagnostic={diagnostic} narrow ownView={role === 'structure'} />
          </Grid.Col>
        </Grid>
      ) : (
        <Stack gap="lg">
          {orientation && orientation.instruments.length > 0 && (
            <OrientationPanel
              instruments={orientation.instruments}
              comment={orientation.comment}
              followUpDate={diagnostic.followUpDate}
              amounts={amounts}
              ownView={role === 'structure'}
            />
          )}
          {role === 'structure' && diagnostic.status === 'CLOSED' && diagnostic.closeReason && (
            <Alert variant="light" title="Motif de clôture">
              <Text size="sm">{diagnostic.closeReason}</Text>
            </Alert>
          )}
          {role === 'facilitator' && (
            <ReviewPanel diagnostic={diagnostic} etag={etag} onReload={() => query.refetch()} />
          )}
          <DiagnosticResults
            diagnostic={diagnostic}
            narrow={false}
            ownView={role === 'structure'}
          />
          <InputsSummary inputs={diagnostic.inputs} />
        </Stack>
      )}
    </Stack>
  );
}
