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
          <span className="nav-icon" aria-hidden="true">◎</span>
          {t('nav.home')}
        </NavLink>
        <NavLink to="/timeline" className="nav-item" data-nav="timeline">
          <span className="nav-icon" aria-hidden="true">☰</span>
          {t('nav.timeline')}
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
