import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiGet } from '../../api/client.ts';
import type { Entity } from '../../api/wire.ts';
import { wechatTime } from '../../shared/time.ts';
import { useRevisitLogPages } from '../revisit-logs/revisit-logs-api.ts';
import { ENTITY_TYPES, type EntityType } from '../revisit-logs/timeline-filters.ts';
import { TimelineList } from '../revisit-logs/timeline-list.tsx';
import { WriteFollowUpButton } from '../revisit-logs/write-follow-up-button.tsx';
import { entityName, PLURAL } from './entity-picker.tsx';

/** One record's header and its whole follow-up timeline, newest first, with 写跟进 bound to it. */
export function EntityPage() {
  const { t } = useTranslation();
  const params = useParams();
  const type = ENTITY_TYPES.find((x) => x === params.type) as EntityType | undefined;
  const id = Number(params.id);
  const valid = type !== undefined && Number.isInteger(id) && id > 0;
  const entity = useQuery({
    queryKey: ['entity', type, id],
    enabled: valid,
    queryFn: () => apiGet<Entity>(`/${PLURAL[type!]}/${id}`),
  });
  // Without `date`, an entity's follow-ups are its whole timeline.
  const timeline = useRevisitLogPages('/revisit_logs/new_index', { loggable_type: type, loggable_id: id }, valid);
  if (!valid) return <div className="page empty">404</div>;
  const e = entity.data;
  const status = (e?.status_mapped ?? e?.stage_mapped) as string | undefined;
  const name = e ? entityName(e) : '';
  return (
    <div className="page">
      <header className="entity-head" data-entity-type={type} data-entity-id={id}>
        <div className="entity-kind">{t(`entity.${type}`)}</div>
        <h1>{name || (entity.isError ? entity.error.message : '…')}</h1>
        {e && (
          <dl className="entity-facts">
            {status && (<><dt>{t('entityPage.status')}</dt><dd><span className="chip">{status}</span></dd></>)}
            <dt>{t('entityPage.owner')}</dt><dd>{e.user_name}</dd>
            {typeof e.customer_name === 'string' && e.customer_name && (<><dt>{t('entity.customer')}</dt><dd>{e.customer_name}</dd></>)}
            <dt>{t('entityPage.lastRevisit')}</dt><dd>{e.real_revisit_at ? wechatTime(e.real_revisit_at) : '—'}</dd>
            <dt>{t('entityPage.count')}</dt><dd>{e.revisit_logs_count}</dd>
          </dl>
        )}
        {e && <WriteFollowUpButton target={{ type, id, name }} floating={false} />}
      </header>
      <h2 className="section-title">
        {t('entityPage.timeline')}
        {timeline.data && <span className="total"> {t('timeline.total', { count: timeline.data.pages[0]?.total_count ?? 0 })}</span>}
      </h2>
      <TimelineList query={timeline} />
    </div>
  );
}
