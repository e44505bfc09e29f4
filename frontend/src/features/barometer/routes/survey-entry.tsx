import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { StructureSearchSelect } from '@/components/structure-search-select';
import { paths } from '@/config/paths';
import { textParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { useStructureName } from '../api/structures';
import { SurveyWorkspace } from '../components/survey-workspace';

interface EntryState {
  structure: string;
}

const CODECS: ParamCodecs<EntryState> = { structure: textParam };

/**
 * A facilitator enters a structure's answer for this week, during a phone call: the structure is
 * found by name (or comes from the list of those that did not answer), the form is pre-filled
 * with its last answers, and the answer records who entered it.
 */
export function SurveyEntryRoute() {
  const [state, update] = useUrlState(CODECS);
  const structureId = state.structure || null;
  const name = useStructureName(structureId);

  return (
    <Stack gap="lg" maw={960}>
      <PageTitle title="Saisie d’une réponse" />
      <Stack gap={4}>
        <Title order={1}>Saisie d’une réponse au baromètre</Title>
        <Text c="dimmed">
          Au téléphone avec une structure : retrouvez-la, puis saisissez ses réponses de la semaine.
          Elles sont enregistrées comme saisies par vous ; une réponse déjà donnée est remplacée et
          reste dans l’historique.
        </Text>
        <Anchor component={Link} to={paths.barometerDashboard} size="sm">
          Voir les structures qui n’ont pas répondu
        </Anchor>
      </Stack>
      <StructureSearchSelect
        label="Structure appelée"
        value={structureId ? { id: structureId, name: name.data ?? 'Structure choisie' } : null}
        onChange={(structure) => update({ structure: structure?.id ?? '' })}
        maw={520}
      />
      {structureId ? (
        <SurveyWorkspace structureId={structureId} onBehalf />
      ) : (
        <Alert color="gray" variant="outline" title="Aucune structure choisie">
          Cherchez la structure que vous appelez par son nom, son SIRET ou sa commune : son
          questionnaire de la semaine s’ouvre ici.
        </Alert>
      )}
    </Stack>
  );
}
