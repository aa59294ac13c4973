import { ActionSheet, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../api/client.ts';
import { saveFile } from '../../shared/save-file.ts';
import { filtersToQuery, type TimelineFilters } from '../revisit-logs/timeline-filters.ts';

type Format = 'csv' | 'xlsx';

/** 导出: every follow-up of the current filters (all pages) as CSV or XLSX, through the API's export. */
export function ExportButton({ filters }: { filters: TimelineFilters }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (format: Format) => {
    setOpen(false);
    setBusy(true);
    const toast = Toast.show({ icon: 'loading', content: t('export.running'), duration: 0 });
    try {
      const file = await apiDownload('/revisit_logs/export', { ...filtersToQuery(filters), format }, `export.${format}`);
      saveFile(file.blob, file.fileName);
      toast.close();
      Toast.show({ icon: 'success', content: t('export.done', { name: file.fileName }) });
    } catch (error) {
      toast.close();
      Toast.show({ icon: 'fail', content: error instanceof Error ? error.message : t('error.network') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="secondary-button export-button" data-action="export" disabled={busy} onClick={() => setOpen(true)}>
        <svg className="button-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M11 3h2v9.6l3.3-3.3 1.4 1.4L12 16.4l-5.7-5.7 1.4-1.4 3.3 3.3V3ZM4 18h16v2H4v-2Z" /></svg>
        {t('export.action')}
      </button>
      <ActionSheet
        visible={open}
        onClose={() => setOpen(false)}
        cancelText={t('write.cancel')}
        extra={t('export.hint')}
        actions={[
          { key: 'csv', text: t('export.csv'), onClick: () => void run('csv') },
          { key: 'xlsx', text: t('export.xlsx'), onClick: () => void run('xlsx') },
        ]}
      />
    </>
  );
}
