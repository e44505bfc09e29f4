import { notifications } from '@mantine/notifications';

/**
 * The mutation callbacks of a create/edit dialog: on success a confirmation
 * and the dialog closes; on failure the error goes to the form.
 */
export function saveCallbacks(
  message: string,
  onClose: () => void,
  onError: (error: Error) => void,
) {
  return {
    onSuccess: () => {
      notifications.show({ color: 'green', message });
      onClose();
    },
    onError,
  };
}
