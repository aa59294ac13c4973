// `npm start` serves the built web app; build it first when it is missing (a fresh clone), so
// `npm install && npm start` is still all it takes. `npm run build` rebuilds it on purpose.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const index = fileURLToPath(new URL('./dist/index.html', import.meta.url));
if (!existsSync(index)) {
  console.log('web/dist is missing: building the web app (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
