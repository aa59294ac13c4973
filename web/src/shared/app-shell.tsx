import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { logOut, useMe } from '../features/auth/session.ts';
import { LanguageSwitch } from './language-switch.tsx';

/** Phones: content plus a bottom tab bar. Desktop (≥ 900 px, CSS): a left sidebar and a wider column. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label="main">
        <div className="shell-brand">跟进</div>
        <NavLink to="/" end className="nav-item" data-nav="home">
          <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v6l5 3 1-1.7-4-2.3V7h-2Z" /></svg>
          {t('nav.home')}
        </NavLink>
        <NavLink to="/timeline" className="nav-item" data-nav="timeline">
          <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v2H4V5Zm0 6h16v2H4v-2Zm0 6h10v2H4v-2Z" /></svg>
          {t('nav.timeline')}
        </NavLink>
        <NavLink to="/stats" className="nav-item" data-nav="stats">
          <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20V11h3v9H4Zm6.5 0V4h3v16h-3ZM17 20v-6h3v6h-3Z" /></svg>
          {t('nav.stats')}
        </NavLink>
        <div className="shell-user">
          <span className="shell-user-name">{me.data?.name}</span>
          <LanguageSwitch />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void logOut().finally(() => void navigate('/login', { replace: true }));
            }}
          >
            {t('app.logout')}
          </button>
        </div>
      </nav>
      <main className="shell-main">{children}</main>
    </div>
  );
}
