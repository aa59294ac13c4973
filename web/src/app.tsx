import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCNLocale from 'antd-mobile/es/locales/zh-CN';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError, setToken, setUnauthorizedHandler } from './api/client.ts';
import { LoginPage } from './features/auth/login-page.tsx';
import { isLoggedIn } from './features/auth/session.ts';
import { EntityPage } from './features/entities/entity-page.tsx';
import { StatsPage } from './features/revisit-log-insights/stats-page.tsx';
import { HomePage } from './features/reminders/home-page.tsx';
import { TimelinePage } from './features/revisit-logs/timeline-page.tsx';
import { AppShell } from './shared/app-shell.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => !(error instanceof ApiError && error.code !== 100500 && error.code !== 429) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** A 100401 from any call: forget the token and go to login, coming back here afterwards. */
function UnauthorizedRedirect() {
  const navigate = useNavigate();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setToken(null);
      queryClient.clear();
      const here = window.location.pathname + window.location.search;
      if (!window.location.pathname.startsWith("/login")) void navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    });
  }, [navigate]);
  return null;
}

function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!isLoggedIn()) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <AppShell>{children}</AppShell>;
}

export function App() {
  const { i18n } = useTranslation();
  // Categories, statuses and messages come from the API in the Accept-Language sent: fetch them again.
  useEffect(() => {
    void queryClient.invalidateQueries();
  }, [i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCNLocale}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <UnauthorizedRedirect />
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/" element={<RequireAuth><HomePage /></RequireAuth>} />
            <Route path="/timeline" element={<RequireAuth><TimelinePage /></RequireAuth>} />
            <Route path="/stats" element={<RequireAuth><StatsPage /></RequireAuth>} />
            <Route path="/entities/:type/:id" element={<RequireAuth><EntityPage /></RequireAuth>} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
