import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend, getToken, setToken } from '../../api/client.ts';
import type { LoginData, WireUser } from '../../api/wire.ts';
import { clearDraft } from '../revisit-logs/draft.ts';

export interface LoginInput {
  login: string;
  password: string;
  corp_id?: string;
}

export async function logIn(input: LoginInput): Promise<LoginData> {
  const data = await apiSend<LoginData>('POST', '/auth/login', {
    login: input.login.trim(),
    password: input.password,
    device: 'web',
    ...(input.corp_id?.trim() ? { corp_id: input.corp_id.trim() } : {}),
  });
  setToken(data.user_token);
  return data;
}

export async function logOut(): Promise<void> {
  try {
    await apiSend('DELETE', '/auth/logout');
  } finally {
    // An explicit logout may hand the phone to someone else: the draft goes too (an expired session keeps it).
    clearDraft();
    setToken(null);
  }
}

export function isLoggedIn(): boolean {
  return getToken() !== null;
}

/** The signed-in user (name, department, role scope), cached for the session. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => apiGet<WireUser>('/user/info'), staleTime: 10 * 60_000 });
}
