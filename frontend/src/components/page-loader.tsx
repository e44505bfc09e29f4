import { Center, Loader, Stack, Text } from '@mantine/core';

export function PageLoader({ label = 'Chargement…' }: { label?: string }) {
  return (
    <Center mih="50vh" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader aria-hidden="true" />
        <Text>{label}</Text>
      </Stack>
    </Center>
  );
}
