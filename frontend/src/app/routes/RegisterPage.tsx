import { useNavigate, useSearchParams } from 'react-router';
import { RegisterForm } from '@/features/auth/components/RegisterForm';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export default function RegisterPage() {
  useDocumentTitle('Create an account');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return <RegisterForm onSuccess={() => void navigate(safeNext(params.get('next')))} />;
}
