import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LinkPageShell } from '@/components/link-page-shell';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useNoReferrer } from '@/hooks/use-no-referrer';
import { ApiError } from '@/lib/api/problem';

/** What a wrong, incomplete or expired link means, and the ways to answer anyway. */
export interface InvalidLinkText {
  /** Why the link no longer works. */
  reason: ReactNode;
  /** The other ways to answer, one item each. */
  ways: ReactNode[];
  /** Where « Se connecter » leads (the page with the same content for an account). */
  signInTo: string;
}

/** A wrong, incomplete or expired link: what it means and what to do instead. */
export function InvalidLinkMessage({ reason, ways, signInTo }: InvalidLinkText) {
  return (
    <Stack gap="md" py="md">
      <PageTitle title="Lien plus valable" />
      <Title order={1}>Ce lien n’est plus valable</Title>
      <Text>{reason}</Text>
      <Text>Pour répondre quand même :</Text>
      <Stack gap={4} component="ul" pl="md" m={0}>
        {ways.map((way, index) => (
          <Text component="li" key={index}>
            {way}
          </Text>
        ))}
      </Stack>
      <Group>
        <Button component={Link} to={signInTo}>
          Se connecter
        </Button>
      </Group>
    </Stack>
  );
}

/** What the page needs of the query that reads the link. */
interface LinkQuery<T> {
  isPending: boolean;
  error: Error | null;
  data: T | undefined;
  refetch: () => Promise<unknown>;
}

interface PersonalLinkPageProps<T> {
  query: LinkQuery<T>;
  /** « Ouverture du questionnaire… » */
  loadingLabel: string;
  /** The heading (and tab title) when the link cannot be read for another reason than its validity. */
  heading: string;
  /** « Impossible d’ouvrir le questionnaire » */
  failureTitle: string;
  invalid: InvalidLinkText;
  children: (data: T) => ReactNode;
}

/**
 * The page of a personal link (opened from an e-mail, without an account): loading, a link that
 * no longer works (404) with the other ways to answer, another failure with a retry, then the
 * content. The page sends no referrer, so the token never leaves it.
 */
export function PersonalLinkPage<T>({
  query,
  loadingLabel,
  heading,
  failureTitle,
  invalid,
  children,
}: PersonalLinkPageProps<T>) {
  useNoReferrer();
  let content: ReactNode;
  if (query.isPending) {
    content = <PageLoader label={loadingLabel} />;
  } else if (query.error) {
    content =
      query.error instanceof ApiError && query.error.status === 404 ? (
        <InvalidLinkMessage {...invalid} />
      ) : (
        <Stack gap="md" py="md">
          <PageTitle title={heading} />
          <Title order={1}>{heading}</Title>
          <ErrorAlert
            error={query.error}
            title={failureTitle}
            onRetry={() => void query.refetch()}
          />
          <Text size="sm">
            Si le problème persiste, réessayez plus tard ou{' '}
            <Anchor component={Link} to={paths.login}>
              connectez-vous
            </Anchor>{' '}
            si votre structure a un compte.
          </Text>
        </Stack>
      );
  } else if (query.data !== undefined) {
    content = children(query.data);
  }
  return <LinkPageShell>{content}</LinkPageShell>;
}
