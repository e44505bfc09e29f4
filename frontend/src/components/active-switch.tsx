import { Switch } from '@mantine/core';

interface ActiveSwitchProps {
  active: boolean;
  /** Accessible name, e.g. "Organisation active : Ville de Montreuil". */
  label: string;
  pending: boolean;
  onToggle: (active: boolean) => void;
  /** Why this row cannot be switched (e.g. one's own account): the switch is disabled and says so. */
  lockedReason?: string;
}

/** Activates or deactivates a row of an administration table. */
export function ActiveSwitch({
  active,
  label,
  pending,
  onToggle,
  lockedReason,
}: ActiveSwitchProps) {
  return (
    <Switch
      checked={active}
      disabled={pending || Boolean(lockedReason)}
      aria-label={label}
      description={lockedReason}
      onLabel="Oui"
      offLabel="Non"
      size="md"
      onChange={(event) => {
        onToggle(event.currentTarget.checked);
      }}
    />
  );
}
