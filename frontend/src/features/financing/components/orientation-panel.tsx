import { List, Stack, Text } from '@mantine/core';
import { DetailField, DetailSection } from '@/components/detail-section';
import { formatDay } from '../utils/format';
import { INSTRUMENT_LABELS, type Instrument } from '../utils/labels';
import { describeAmount } from './recommendations-panel';

interface OrientationPanelProps {
  instruments: Instrument[];
  comment?: string | null | undefined;
  followUpDate?: string | null | undefined;
  /** The amounts the rules gave, by instrument, to recall them beside the choice. */
  amounts: Partial<Record<Instrument, number | null | undefined>>;
  /** The structure reads « votre structure »; facilitators and admins, « la structure ». */
  ownView?: boolean;
}

/** The facilitator's choice, as the structure sees it: the aids to ask for, a word, the next call. */
export function OrientationPanel({
  instruments,
  comment,
  followUpDate,
  amounts,
  ownView = true,
}: OrientationPanelProps) {
  return (
    <DetailSection title="Orientation de l’animateur">
      <Stack gap="sm">
        <Text size="sm">Les aides retenues pour {ownView ? 'votre' : 'la'} structure :</Text>
        <List spacing={4}>
          {instruments.map((instrument) => (
            <List.Item key={instrument}>
              <Text span fw={600}>
                {INSTRUMENT_LABELS[instrument]}
              </Text>
              {instrument in amounts && (
                <Text span size="sm">
                  {' '}
                  — {describeAmount(amounts[instrument])}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        <Stack component="dl" m={0} gap="sm">
          {comment && (
            <DetailField label="Message de l’animateur">
              <span style={{ whiteSpace: 'pre-wrap' }}>{comment}</span>
            </DetailField>
          )}
          <DetailField label="Prochain point">
            {followUpDate ? formatDay(followUpDate) : 'À convenir avec l’animateur'}
          </DetailField>
        </Stack>
      </Stack>
    </DetailSection>
  );
}
