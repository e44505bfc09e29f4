import { Switch } from '@mantine/core';

interface ActiveSwitchProps {
  active: boolean;
  /** Accessible name, e.g. "Organisation active : Ville de Montreuil". */
  label: string;
  pending: boolean;
  onToggle: (active: boolean) => void;
}

/** Activates or deactivates a row of an administration table. */
export function ActiveSwitch({ active, label, pending, onToggle }: ActiveSwitchProps) {
  return (
    <Switch
      checked={active}
      disabled={pending}
      aria-label={label}
      onLabel="Oui"
      offLabel="Non"
      size="md"
      onChange={(event) => {
        onToggle(event.currentTarget.checked);
      }}
    />
  );
}
