import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';

/** Buyers and facilitators ask a structure for a quote: « Nouveau besoin » with it targeted. */
export function useCanRequestQuote(): boolean {
  const role = useSession()?.user.role;
  return role === 'buyer' || role === 'facilitator';
}

interface QuoteRequestButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  structureId: string;
  structureName: string;
}

/**
 * « Demander un devis »: reaches a structure even when its profile shows no contact details
 * (it is solicited when the need is published).
 */
export function QuoteRequestButton({
  structureId,
  structureName,
  size = 'sm',
  variant = 'filled',
}: QuoteRequestButtonProps) {
  if (!useCanRequestQuote()) return null;
  return (
    <Button
      component={Link}
      to={paths.newRequestFor(structureId)}
      size={size}
      variant={variant}
      aria-label={`Demander un devis à ${structureName}`}
    >
      Demander un devis
    </Button>
  );
}
