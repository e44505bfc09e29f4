import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';

/**
 * Buyers and facilitators ask a structure for a quote: « Nouveau besoin » with it targeted; a visitor
 * without an account is offered it too (the login, or a new account, comes first).
 */
export function useCanRequestQuote(): boolean {
  const session = useSession();
  const role = session?.user.role;
  return session === null || role === 'buyer' || role === 'facilitator';
}

interface QuoteRequestButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  structureId: string;
  structureName: string;
}

/**
 * « Demander un devis »: reaches a structure even when its profile shows no contact details
 * (it is solicited when the need is published). A visitor without an account goes to the login
 * page first, and from there to « Nouveau besoin » with the structure targeted.
 */
export function QuoteRequestButton({
  structureId,
  structureName,
  size = 'sm',
  variant = 'filled',
}: QuoteRequestButtonProps) {
  const signedIn = useSession() !== null;
  const canRequest = useCanRequestQuote();
  if (!canRequest) return null;
  const newRequest = paths.newRequestFor(structureId);
  return (
    <Button
      component={Link}
      to={signedIn ? newRequest : paths.loginThen(newRequest)}
      size={size}
      variant={variant}
      aria-label={`Demander un devis à ${structureName}`}
    >
      Demander un devis
    </Button>
  );
}
