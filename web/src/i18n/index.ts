import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import { setApiLanguage } from '../api/client.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

const LANG_KEY = 'genjin.lang';
export type Lang = 'zh-CN' | 'en';

export function storedLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<void> {
  const lng = storedLang();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    // React escapes everything it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  applyLang(lng);
}

function applyLang(lng: Lang): void {
  document.documentElement.lang = lng;
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
  setApiLanguage(lng === 'en' ? 'en' : 'zh-CN');
}

export async function switchLang(lng: Lang): Promise<void> {
  localStorage.setItem(LANG_KEY, lng);
  applyLang(lng);
  await i18next.changeLanguage(lng);
}
