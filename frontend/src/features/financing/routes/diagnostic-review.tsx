import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { DiagnosticPage } from '../components/diagnostic-page';

/** A diagnostic seen by a facilitator (review, orientation, closing) or an admin (reading). */
export function DiagnosticReviewRoute() {
  const { id = '' } = useParams();
  const admin = useSession()?.user.role === 'admin';
  return (
    <DiagnosticPage
      id={id}
      role={admin ? 'admin' : 'facilitator'}
      backTo={{ to: paths.diagnosticQueue, label: 'Tous les diagnostics' }}
    />
  );
}
