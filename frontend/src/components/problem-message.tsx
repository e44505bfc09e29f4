import { List, Text } from '@mantine/core';
import { ApiError, errorMessage } from '@/lib/api/problem';

/**
 * A failed request's message as the server wrote it: the problem's detail, then the message of
 * each field error that the detail does not already say. A form shows field errors next to its
 * fields; a page whose problem names something else (an uploaded file…) shows them here, so
 * that "Un champ est invalide." never hides what the server explained.
 */
export function ProblemMessage({ error }: { error: unknown }) {
  // A 4xx detail is written for the person (a full queue says when to retry): shown as it is.
  const detail =
    error instanceof ApiError && error.status < 500 && error.problem?.detail
      ? error.problem.detail
      : errorMessage(error);
  const fieldMessages =
    error instanceof ApiError
      ? [...new Set((error.problem?.errors ?? []).map((e) => e.message))].filter(
          (message) => message !== detail,
        )
      : [];
  return (
    <>
      <Text size="sm">{detail}</Text>
      {fieldMessages.length === 1 && <Text size="sm">{fieldMessages[0]}</Text>}
      {fieldMessages.length > 1 && (
        <List size="sm">
          {fieldMessages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </>
  );
}
