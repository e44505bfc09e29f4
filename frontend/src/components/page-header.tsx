import { Button, Group, Title } from '@mantine/core';
import { PageTitle } from './page-title';

interface PageHeaderProps {
  title: string;
  actionLabel?: string;
  onAction?: () => void;
}

export function PageHeader({ title, actionLabel, onAction }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="center">
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      {actionLabel && onAction && <Button onClick={onAction}>{actionLabel}</Button>}
    </Group>
  );
}
