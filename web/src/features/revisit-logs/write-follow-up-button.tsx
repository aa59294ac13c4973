import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WriteTarget } from './write-follow-up.tsx';

// The form (pickers, uploads, recorder) loads on the first tap, not with the timeline.
const WriteFollowUp = lazy(() => import('./write-follow-up.tsx').then((m) => ({ default: m.WriteFollowUp })));

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
      {mounted && (
        <Suspense fallback={null}>
          <WriteFollowUp visible={open} target={target} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
