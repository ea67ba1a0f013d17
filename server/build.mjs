// Production bundle of the server: one ESM file per entry point. @lumo/domain (TypeScript
// sources) is bundled in; npm dependencies stay external and are loaded from node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== '@lumo/domain');

await build({
  entryPoints: ['src/main.ts', 'src/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  sourcemap: true,
  external,
  logLevel: 'info',
});
