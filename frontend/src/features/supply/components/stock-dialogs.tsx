import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { ProductView } from '../api/get-stock-products';
import { ProductFormModal } from './product-form-modal';
import { StockAdjustmentModal } from './stock-adjustment-modal';
import { StockReceiptModal } from './stock-receipt-modal';

type StockDialog =
  { kind: 'create' } | { kind: 'edit' | 'receipt' | 'adjustment'; product: ProductView };

/** Which product dialog is open, if any: one at a time, remounted per opening (a new attempt). */
export function useStockDialogs() {
  const [dialog, setDialog] = useState<StockDialog | null>(null);
  return {
    dialog,
    open: setDialog,
    close: () => {
      setDialog(null);
    },
  };
}

export function StockDialogs({
  dialog,
  onClose,
}: {
  dialog: StockDialog | null;
  onClose: () => void;
}) {
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'create':
      return <ProductFormModal target={{ mode: 'create' }} onClose={onClose} />;
    case 'edit':
      return <ProductFormModal target={{ mode: 'edit', item: dialog.product }} onClose={onClose} />;
    case 'receipt':
      return <StockReceiptModal product={dialog.product} onClose={onClose} />;
    case 'adjustment':
      return <StockAdjustmentModal product={dialog.product} onClose={onClose} />;
  }
}

interface StockActionsProps {
  product: ProductView;
  /** Receipts and adjustments are the facilitators'; an admin only edits the catalogue. */
  canMoveStock: boolean;
  onOpen: (dialog: StockDialog) => void;
}

/** « Modifier », « Réception », « Ajustement » for one product, named after it for screen readers. */
export function StockActions({ product, canMoveStock, onOpen }: StockActionsProps) {
  return (
    <Group gap="xs">
      <Button
        size="xs"
        variant="default"
        onClick={() => onOpen({ kind: 'edit', product })}
        aria-label={`Modifier ${product.name}`}
      >
        Modifier
      </Button>
      {canMoveStock && (
        <>
          <Button
            size="xs"
            onClick={() => onOpen({ kind: 'receipt', product })}
            aria-label={`Réception de ${product.name}`}
          >
            Réception
          </Button>
          <Button
            size="xs"
            variant="outline"
            onClick={() => onOpen({ kind: 'adjustment', product })}
            aria-label={`Ajustement de ${product.name}`}
          >
            Ajustement
          </Button>
        </>
      )}
    </Group>
  );
}
