import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * EP_DEMO=1 builds the demo/test variant: it may reach the local demo booking systems on 127.0.0.1
 * without asking. Release zips are built without it and hold no host permission at install.
 */
const demo = process.env.EP_DEMO === '1';

/** The scripts a booking page receives; their size is budgeted (bench/, README "Performance"). */
const BOOKING_PAGE_SCRIPTS = new Set(['booking-loader', 'booking', 'booking-panel']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox is built as Manifest V3 too. WXT 0.21 drops `optional_host_permissions` from a MV2 build
  // (so no site could ever be granted), while MV3 keeps it; MV3 also gives Firefox the same
  // `scripting`, `storage.session` and per-site permission code paths as Chrome, and an event-page
  // background that, like Chrome's service worker, may stop at any time (README "Firefox").
  manifestVersion: 3,
  outDir: '.output',
  outDirTemplate: demo ? '{{browser}}-mv{{manifestVersion}}-demo' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    plugins: [preact()],
    define: { __EP_DEMO__: JSON.stringify(demo) },
    // zod schemas are values built by calls; marking `z` pure lets bundles that only use the types
    // and constants of a module (the content script) leave the unused schemas, and zod, out.
    build: { rollupOptions: { treeshake: { manualPureFunctions: ['z'] } } },
  }),
  hooks: {
    // Terser with two passes makes the booking-page scripts ~4 % smaller than esbuild's minifier; the
    // extension's own pages keep the faster default.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => BOOKING_PAGE_SCRIPTS.has(e.name))) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: demo ? ['http://127.0.0.1/*'] : [],
    storage: { managed_schema: 'managed-schema.json' },
    // Extension pages load only their own code and reach no network (the extension makes no requests);
    // no eval, so zod runs without code generation (lib/zod-setup.ts).
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "connect-src 'none'",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'equity-prompts@example.nhs.uk',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
