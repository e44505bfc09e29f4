import { SimpleGrid } from '@mantine/core';
import { DetailField, DetailSection } from '@/components/detail-section';
import { formatCount, formatEuros, formatPercent } from '../utils/format';
import {
  NUMBER_INPUTS,
  SHORT_TIME_WORK_LABEL,
  type DiagnosticInputValues,
  type InputUnit,
} from '../utils/inputs';

const FORMATS: Record<InputUnit, (value: number | null | undefined) => string> = {
  euros: formatEuros,
  percent: formatPercent,
  headcount: formatCount,
  fte: (value) => (value === null || value === undefined ? '—' : `${formatCount(value)} ETP`),
};

/** What the structure declared, as sent (a diagnostic no longer in draft). */
export function InputsSummary({ inputs }: { inputs: DiagnosticInputValues }) {
  const shortTimeWork = inputs.shortTimeWork;
  return (
    <DetailSection title="Informations déclarées">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0} spacing="sm">
        {NUMBER_INPUTS.map((input) => (
          <DetailField key={input.name} label={input.label}>
            {FORMATS[input.unit](inputs[input.name])}
          </DetailField>
        ))}
        <DetailField label={SHORT_TIME_WORK_LABEL}>
          {shortTimeWork === true ? 'Oui' : shortTimeWork === false ? 'Non' : 'Non renseigné'}
        </DetailField>
      </SimpleGrid>
    </DetailSection>
  );
}
