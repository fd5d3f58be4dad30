// Packaging (`npm run dist`, on a machine that can download Electron): Windows NSIS installer, macOS dmg, Linux
// AppImage and deb. Checked by tests/unit/packaging/electron-builder-config.test.ts, since the build cannot run on
// the offline build machines.

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'id.go.kemendagri.waspada',
  productName: 'Waspada',
  copyright: 'Kementerian Dalam Negeri Republik Indonesia',
  directories: { output: 'dist', buildResources: 'resources/build' },
  // What the app needs at run time: the electron-vite build, the generated boundary pack (seeded into the store on
  // first open) and package.json. Production node_modules are added by electron-builder; the renderer's own
  // dependencies are already bundled into out/renderer, so they stay out.
  files: [
    'out/**',
    'resources/generated/**',
    'package.json',
    '!**/*.map',
    '!node_modules/{react,react-dom,maplibre-gl,zustand,@fontsource}/**',
  ],
  asar: true,
  // A worker thread cannot load its script from inside app.asar, and a native add-on must be a real file on disk:
  // both stay outside the archive (electron/core/paths.ts `outsideAsar` points the worker there). The worker's
  // shared chunk and the packages it imports go with it, so it resolves them outside the archive too.
  asarUnpack: [
    'out/main/import-worker.js',
    'out/main/chunks/**',
    'node_modules/better-sqlite3/**',
    'node_modules/xlsx/**',
    'node_modules/fastest-levenshtein/**',
    'node_modules/zod/**',
    // d3-scale-chromatic (ColorBrewer palettes) and what it imports: the worker classes imported layers.
    'node_modules/d3-scale-chromatic/**',
    'node_modules/d3-interpolate/**',
    'node_modules/d3-color/**',
  ],
  // better-sqlite3-multiple-ciphers ships Node-API prebuilds for every platform; Node-API binaries load in Electron
  // as they are, so nothing is rebuilt (which would need Electron's headers and a compiler).
  npmRebuild: false,
  // Fuses are flipped in the Electron binary before signing: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect,
  // the app only from app.asar, whose integrity is checked where Electron supports it (macOS, Windows).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling keeps the analyst's data folder (the store and its backups) unless they delete it themselves.
    deleteAppDataOnUninstall: false,
  },
  mac: { target: [{ target: 'dmg', arch: ['x64', 'arm64'] }], category: 'public.app-category.productivity' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    maintainer: 'Kementerian Dalam Negeri Republik Indonesia <waspada@kemendagri.go.id>',
  },
  // Offline laptops: no update server, nothing published.
  publish: null,
};

export default config;
