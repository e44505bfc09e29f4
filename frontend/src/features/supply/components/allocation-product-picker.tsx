import { Checkbox, Stack, Text } from '@mantine/core';
import type { ProductView } from '../api/get-stock-products';
import { formatUnits } from '../utils/stock-labels';

interface AllocationProductPickerProps {
  /** The products with orders waiting. */
  products: ProductView[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** Which products to share: those with backorders, each with what there is and what is waited for. */
export function AllocationProductPicker({
  products,
  selected,
  onChange,
}: AllocationProductPickerProps) {
  return (
    <Checkbox.Group label="Produits à répartir" value={selected} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {products.map((product) => (
          <Checkbox
            key={product.id}
            value={product.id}
            label={product.name}
            description={
              product.available > 0
                ? `${formatUnits(product.available)} disponible${product.available > 1 ? 's' : ''}, ${formatUnits(product.backordered)} en attente (${product.unit})`
                : `Rien de disponible, ${formatUnits(product.backordered)} en attente : enregistrez d’abord une réception`
            }
          />
        ))}
        {products.length === 0 && (
          <Text size="sm" role="status">
            Aucune commande n’attend de stock : il n’y a rien à répartir.
          </Text>
        )}
      </Stack>
    </Checkbox.Group>
  );
}
