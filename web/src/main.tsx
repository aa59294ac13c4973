import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unstableSetRender } from 'antd-mobile';
import 'antd-mobile/es/global';
import { initI18n } from './i18n/index.ts';
import { App } from './app.tsx';
import './styles.css';

// antd-mobile's imperative APIs (Toast, Dialog) mount with React 19's root API.
unstableSetRender((node, container) => {
  const holder = container as Element & { _root?: ReturnType<typeof createRoot> };
  holder._root ??= createRoot(container);
  holder._root.render(node);
  return async () => {
    holder._root?.unmount();
    delete holder._root;
  };
});

await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
