import { Box, Container, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from './page-title';

/**
 * The page of a personal link (opened from an e-mail, without an account): no navigation, just
 * the product's name above the content.
 */
export function LinkPageShell({ children }: { children: ReactNode }) {
  return (
    <>
      <Box component="header" bg="relance.9" c="white" px="md" py="sm">
        <Text fw={700} size="lg" c="white">
          {PRODUCT_NAME}
        </Text>
      </Box>
      <Container component="main" id="contenu" tabIndex={-1} size="lg" py="lg" px="md">
        {children}
      </Container>
    </>
  );
}
