import { useTranslation } from 'react-i18next';
import { switchLang, type Lang } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button lang-switch" onClick={() => void switchLang(t('app.switchTo') as Lang)}>
      {t('app.language')}
    </button>
  );
}
