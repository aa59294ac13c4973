import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteFollowUp, type WriteTarget } from './write-follow-up.tsx';

/** The 写跟进 button and the form it opens (mounted on first open, then kept so the draft stays in memory). */
export function WriteFollowUpButton({ target, floating = true }: { target?: WriteTarget; floating?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  return (
    <>
      <button
        type="button"
        className={floating ? 'primary-button write-button fab' : 'primary-button write-button'}
        data-action="write-follow-up"
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
      >
        ✎ {t('write.title')}
      </button>
      {mounted && <WriteFollowUp visible={open} target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
