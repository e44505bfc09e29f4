import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { DiagnosticPage } from '../components/diagnostic-page';

/** A structure's diagnostic: the form while a draft, then the figures and the orientation. */
export function MyDiagnosticRoute() {
  const { id = '' } = useParams();
  return (
    <DiagnosticPage
      id={id}
      role="structure"
      backTo={{ to: paths.myDiagnostics, label: 'Vos diagnostics' }}
    />
  );
}
