import { Alert, Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { focusField, type InvalidField } from '@/lib/focus-first-invalid';

interface FormErrorSummaryProps {
  /** The fields in error after the last failed save (`useApiFormErrors().invalidFields`). */
  fields: InvalidField[];
}

/**
 * At the top of a form after a failed save: "2 champs à corriger : Nom, Code
 * postal", each name a link that takes the person to the field. The focus
 * itself goes to the first field; the alert role announces the summary.
 */
export function FormErrorSummary({ fields }: FormErrorSummaryProps) {
  if (fields.length === 0) return null;
  const count = `${fields.length} champ${fields.length > 1 ? 's' : ''} à corriger`;
  return (
    <Alert color="red" variant="outline" role="alert" aria-label={count}>
      <Text size="sm">
        {count} :{' '}
        {fields.map((field, index) => (
          <Fragment key={`${field.target.id}-${index}`}>
            {index > 0 && ', '}
            <Anchor
              href={field.target.id ? `#${field.target.id}` : '#'}
              size="sm"
              // Told apart from the text by more than its colour (WCAG 1.4.1).
              underline="always"
              onClick={(event) => {
                event.preventDefault();
                focusField(field.target);
              }}
            >
              {field.label}
            </Anchor>
          </Fragment>
        ))}
      </Text>
    </Alert>
  );
}
