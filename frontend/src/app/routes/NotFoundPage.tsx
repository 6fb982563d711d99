import { NotFoundState } from '@/components/States';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return <NotFoundState what="page" />;
}
