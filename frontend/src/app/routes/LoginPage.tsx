import { useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export default function LoginPage() {
  useDocumentTitle('Log in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return <LoginForm onSuccess={() => void navigate(safeNext(params.get('next')))} />;
}
