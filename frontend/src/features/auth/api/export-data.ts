import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';

const FALLBACK_NAME = 'lemma-export.json';

/** The file name in a Content-Disposition header (plain or RFC 5987 `filename*`). */
export function attachmentName(disposition: string | null): string {
  if (!disposition) return FALLBACK_NAME;
  const encoded = /filename\*=(?:utf-8|UTF-8)''([^;]+)/.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      return FALLBACK_NAME;
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? FALLBACK_NAME;
}

function saveFile(data: Blob, name: string) {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; let go of it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches everything Lemma stores about the signed-in learner and saves it as a JSON file. */
export async function downloadMyData(): Promise<string> {
  const { data, error, response } = await api.GET('/api/auth/me/export/', { parseAs: 'blob' });
  if (!response.ok || !data) throw ApiError.fromResponse(response.status, error);
  const name = attachmentName(response.headers.get('Content-Disposition'));
  saveFile(data, name);
  return name;
}

export function useDownloadMyData() {
  return useMutation({ mutationFn: downloadMyData });
}
