import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { textParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { useSession } from '@/lib/auth/use-session';
import { useMyStructures } from '../api/structures';
import { SurveyWorkspace } from '../components/survey-workspace';

interface BarometerState {
  structure: string;
}

const CODECS: ParamCodecs<BarometerState> = { structure: textParam };

/**
 * « Baromètre » of a structure: this week's survey, pre-filled with last week's answers, and the
 * answers of the last weeks. A user of several structures chooses which one answers (kept in
 * the URL).
 */
export function BarometerRoute() {
  const session = useSession();
  const organisationId = session?.user.organisation.id ?? '';
  const structures = useMyStructures(organisationId, session !== null);
  const [state, update] = useUrlState(CODECS);

  let content;
  if (structures.error) {
    content = (
      <ErrorAlert
        error={structures.error}
        title="Impossible de charger vos structures"
        onRetry={() => void structures.refetch()}
        advice="Si le problème continue, reconnectez-vous ou réessayez dans quelques minutes."
      />
    );
  } else if (structures.isPending) {
    content = <PageLoader label="Ouverture du questionnaire…" />;
  } else if (structures.data.length === 0) {
    content = (
      <Alert color="gray" variant="outline" title="Aucune structure rattachée à votre compte">
        Le baromètre se remplit pour une structure. Demandez à l’équipe d’animation du réseau de
        rattacher votre compte à votre structure.
      </Alert>
    );
  } else {
    const chosen =
      structures.data.find((structure) => structure.id === state.structure) ?? structures.data[0];
    content = (
      <Stack gap="lg">
        {structures.data.length > 1 && (
          <Select
            label="Structure qui répond"
            description="Chaque structure répond pour elle-même."
            allowDeselect={false}
            data={structures.data.map((structure) => ({
              value: structure.id,
              label: structure.name,
            }))}
            value={chosen?.id ?? null}
            onChange={(id) => update({ structure: id ?? '' }, { replace: true })}
            maw={480}
          />
        )}
        {chosen && <SurveyWorkspace structureId={chosen.id} />}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <PageTitle title="Baromètre" />
      <Stack gap={4}>
        <Title order={1}>Baromètre</Title>
        <Text c="dimmed">
          Chaque semaine, quelques chiffres sur votre activité, vos salariés en insertion et leur
          accompagnement : ils permettent au réseau de voir venir les difficultés et de vous
          proposer de l’aide (fournitures, clients, financement).
        </Text>
      </Stack>
      {content}
    </Stack>
  );
}
