import { useQuery } from '@tanstack/react-query';
import { Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client.ts';
import type { Entity } from '../../api/wire.ts';
import { ENTITY_TYPES, type EntityType } from '../revisit-logs/timeline-filters.ts';

export const PLURAL: Record<EntityType, string> = {
  lead: 'leads', customer: 'customers', opportunity: 'opportunities', contract: 'contracts', contact: 'contacts',
};

export function entityName(entity: Entity): string {
  return String(entity.title ?? entity.name);
}

interface Props {
  visible: boolean;
  onClose: () => void;
  onPick: (picked: { type: EntityType; id: number; name: string }) => void;
}

/** Type chips, a name search, then the caller's visible records of that type (most recently updated first). */
export function EntityPicker({ visible, onClose, onPick }: Props) {
  const { t } = useTranslation();
  const [type, setType] = useState<EntityType>('customer');
  const [name, setName] = useState('');
  const results = useQuery({
    queryKey: ['entity-search', type, name],
    enabled: visible,
    queryFn: async () => {
      const data = await apiGet<Record<string, Entity[]>>(`/${PLURAL[type]}`, { name: name.trim(), per_page: 30 });
      return data[PLURAL[type]] ?? [];
    },
  });
  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} bodyClassName="sheet sheet-tall" destroyOnClose>
      <div className="picker">
        <h2 className="sheet-title">{t('write.entity')}</h2>
        <div className="chips">
          {ENTITY_TYPES.map((ty) => (
            <button key={ty} type="button" className={ty === type ? 'chip-button active' : 'chip-button'} aria-pressed={ty === type} onClick={() => setType(ty)}>
              {t(`entity.${ty}`)}
            </button>
          ))}
        </div>
        <input className="search-input" name="entity_search" type="search" value={name} placeholder={t('write.search')} onChange={(e) => setName(e.target.value)} autoFocus />
        <ul className="pick-list">
          {results.data?.map((entity) => (
            <li key={entity.id}>
              <button type="button" data-entity-id={entity.id} onClick={() => onPick({ type, id: entity.id, name: entityName(entity) })}>
                <span>{entityName(entity)}</span>
                <span className="muted">{entity.user_name}</span>
              </button>
            </li>
          ))}
          {results.isSuccess && results.data.length === 0 && <li className="empty">{t('timeline.empty')}</li>}
        </ul>
      </div>
    </Popup>
  );
}
