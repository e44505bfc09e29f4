const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' });

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : '—';
}

export function formatDate(value: string | null | undefined): string {
  return value ? date.format(new Date(value)) : '—';
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/**
 * An amount of money as French readers write it: "45,50 €", and "1 250 €" for whole euros (thin
 * no-break spaces, as Intl gives them). Use it wherever a price or an amount is shown.
 */
export function formatEuros(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Number.isInteger(value) ? wholeEuros.format(value) : euros.format(value);
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : decimal.format(value);
}

/** "12 € à 20 € / heure", "à partir de 12 € / heure", "jusqu'à 20 €", or null when unknown. */
export function describePrice(
  priceMin: number | null | undefined,
  priceMax: number | null | undefined,
  unit: string | null | undefined,
): string | null {
  let price: string;
  if (priceMin != null && priceMax != null) {
    price =
      priceMin === priceMax
        ? formatEuros(priceMin)
        : `${formatEuros(priceMin)} à ${formatEuros(priceMax)}`;
  } else if (priceMin != null) {
    price = `à partir de ${formatEuros(priceMin)}`;
  } else if (priceMax != null) {
    price = `jusqu’à ${formatEuros(priceMax)}`;
  } else {
    return null;
  }
  return unit ? `${price} / ${unit}` : price;
}

/** "3,2 km" */
export function formatDistance(km: number): string {
  return `${decimal.format(km)} km`;
}
