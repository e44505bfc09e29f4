import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { PRODUCT_NAME } from '@/components/page-title';
import { paths } from '@/config/paths';

/**
 * The shell of the pages open without an account (the directory and its profiles): the product's
 * name, « Se connecter » (back to this very page once signed in) and « Créer un compte ».
 */
export function PublicLayout() {
  const { pathname, search } = useLocation();
  return (
    <>
      <Box component="header" bg="relance.9" c="white" px="md" py="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={paths.directory}
            c="white"
            fw={700}
            size="lg"
            underline="never"
          >
            {PRODUCT_NAME}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <Button
              component={Link}
              to={paths.loginThen(`${pathname}${search}`)}
              variant="white"
              size="xs"
            >
              Se connecter
            </Button>
            <Button
              component={Link}
              to={paths.signUp}
              variant="outline"
              color="white"
              size="xs"
              c="white"
            >
              Créer un compte
            </Button>
          </Group>
        </Group>
      </Box>
      <Container component="main" id="contenu" tabIndex={-1} size="xl" py="lg">
        <Outlet />
      </Container>
    </>
  );
}
