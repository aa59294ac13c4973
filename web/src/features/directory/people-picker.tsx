import { Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSimpleUsers } from './use-directory.ts';

interface Props {
  visible: boolean;
  selected: number[];
  onClose: () => void;
  onChange: (ids: number[]) => void;
}

/** @同事: the whole organization's directory (everyone may mention anyone), searchable by name. */
export function PeoplePicker({ visible, selected, onClose, onChange }: Props) {
  const { t } = useTranslation();
  const users = useSimpleUsers();
  const [filter, setFilter] = useState('');
  const list = (users.data ?? []).filter((u) => u.label.includes(filter.trim()));
  const toggle = (id: number) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} bodyClassName="sheet sheet-tall">
      <div className="picker">
        <h2 className="sheet-title">{t('write.pickPeople')}</h2>
        <input className="search-input" type="search" name="people_search" value={filter} placeholder={t('write.search')} onChange={(e) => setFilter(e.target.value)} />
        <ul className="pick-list">
          {list.map((u) => {
            const id = Number(u.value);
            const on = selected.includes(id);
            return (
              <li key={u.value}>
                <button type="button" role="checkbox" aria-checked={on} data-user-id={id} onClick={() => toggle(id)}>
                  <span>{u.label}</span>
                  <span className={on ? 'check on' : 'check'} aria-hidden="true">{on ? '✓' : ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <div className="sheet-actions">
          <button type="button" className="primary-button" data-action="people-done" onClick={onClose}>
            {t('timeline.done')}
          </button>
        </div>
      </div>
    </Popup>
  );
}
