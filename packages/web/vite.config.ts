// Builds the page to dist/ (static files services/api serves at `/`), and copies GraphiQL's own
// browser build (graphiql 3 with React 18, from npm) to dist/graphiql/ for GET /graphql in a browser.
// No plugin framework: Preact's JSX goes through Vite's esbuild with `jsxImportSource: 'preact'`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

function graphiql(): Plugin {
  const files: [string, string][] = [
    ['graphiql/index.html', join(here, 'graphiql/index.html')],
    ['graphiql/start-graphiql.js', join(here, 'graphiql/start-graphiql.js')],
    ['graphiql/graphiql.min.js', join(pkgDir('graphiql'), 'graphiql.min.js')],
    ['graphiql/graphiql.min.css', join(pkgDir('graphiql'), 'graphiql.min.css')],
    ['graphiql/react.production.min.js', join(pkgDir('react'), 'umd/react.production.min.js')],
    [
      'graphiql/react-dom.production.min.js',
      join(pkgDir('react-dom'), 'umd/react-dom.production.min.js'),
    ],
  ];
  return {
    name: 'pathwise-graphiql',
    apply: 'build',
    generateBundle() {
      for (const [fileName, from] of files)
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  plugins: [graphiql()],
});
