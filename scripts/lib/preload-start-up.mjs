// Builds only: `<link rel="modulepreload">` in index.html for modules that src/main.tsx imports
// dynamically before the first render. Vite preloads only the entry's static imports, so these
// were requested once the entry chunk had downloaded and run (~100 ms later, and in Lighthouse's
// simulation one more round trip on every page's critical path). In demo builds: the mock backend
// (`mocks/browser.ts`, which main.tsx starts before anything renders) and the demo's MSAL
// navigation client; production builds contain neither and pass none.

/**
 * @param {string[]} modules absolute paths of the dynamically imported modules to preload
 * @returns {import('vite').Plugin}
 */
export function preloadStartUp(modules) {
  let base = '/';
  return {
    name: 'vigil-preload-start-up',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle || modules.length === 0) return undefined;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('preload-start-up: the bundle has no entry chunk');
        const closure = (file, into) => {
          if (into.has(file)) return into;
          into.add(file);
          for (const imported of bundle[file]?.imports ?? []) closure(imported, into);
          return into;
        };
        // The entry and its static imports: Vite loads and preloads those already.
        const loaded = closure(entry.fileName, new Set());
        const wanted = new Set();
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId === module);
          if (!chunk) {
            throw new Error(
              `preload-start-up: no chunk for ${module} (is it still imported dynamically?)`,
            );
          }
          for (const file of closure(chunk.fileName, new Set()))
            if (!loaded.has(file)) wanted.add(file);
        }
        return [...wanted].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
