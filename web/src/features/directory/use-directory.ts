import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { Department, FieldValue, SimpleUser, WireUser } from '../../api/wire.ts';

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: async () => (await apiGet<{ options: Department[] }>('/user/department_list')).options,
    staleTime: 10 * 60_000,
  });
}

export function useSimpleUsers() {
  return useQuery({
    queryKey: ['simple-users'],
    queryFn: async () => (await apiGet<{ simple_users: SimpleUser[] }>('/user/simple_list', { per_page: 200 })).simple_users,
    staleTime: 10 * 60_000,
  });
}

export function useDepartmentUsers(departmentId: number | undefined) {
  return useQuery({
    queryKey: ['users', departmentId],
    queryFn: async () => (await apiGet<{ users: WireUser[] }>('/user/list', { department_id: departmentId, per_page: 200, sort: 'name' })).users,
    staleTime: 10 * 60_000,
  });
}

export function useFieldValues(entity: string | undefined) {
  return useQuery({
    queryKey: ['field-values', entity],
    enabled: entity !== undefined,
    queryFn: async () => (await apiGet<{ field_values: FieldValue[] }>(`/field_maps/${entity}`)).field_values,
    staleTime: 10 * 60_000,
  });
}
