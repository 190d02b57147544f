import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

// electron-builder's own pieces (the versions package-lock pins): its config loader and schema check, its
// macro expansion and its file matchers, so the file set below is the one `npm run dist` would select.
/* eslint-disable @typescript-eslint/no-require-imports */
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { expandMacro } = require('app-builder-lib/out/util/macroExpander');
const { FileMatcher, getMainFileMatchers, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher');
const { DebugLogger } = require('builder-util');

export type BuilderConfig = Record<string, unknown> & {
  appId: string;
  productName: string;
  asarUnpack: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
};

export async function loadBuilderConfig(): Promise<BuilderConfig> {
  const config = await getConfig(REPO_ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const OS_KEY: Record<string, string> = { linux: 'linux', darwin: 'mac', win32: 'win' };

type Filter = (file: string, stat: fs.Stats) => boolean;

function walk(dir: string, filter: Filter, onFile: (file: string) => void): void {
  for (const entry of fs.readdirSync(dir)) {
    const file = path.join(dir, entry);
    const stat = fs.statSync(file);
    if (!filter(file, stat)) continue;
    if (stat.isDirectory()) walk(file, filter, onFile);
    else onFile(file);
  }
}

/** The installed folder of `name` as Node resolves it from `fromDir` (nearest node_modules upwards). */
function packageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The production dependency tree (what electron-builder copies from node_modules). */
function productionPackages(): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      const installed = packageDir(name, dir);
      if (installed && !found.has(installed)) {
        found.add(installed);
        visit(installed);
      }
    }
  };
  visit(REPO_ROOT);
  return [...found];
}

/**
 * Copies the app's files into `stage` exactly as the config selects them for this machine's platform and
 * arch (main patterns for the project, exclusion-only patterns for node_modules, as electron-builder does),
 * and the extra resources into `resources`.
 */
export function stageAppFiles(config: BuilderConfig, stage: string, resources: string): void {
  const os = OS_KEY[process.platform];
  const platformOptions = (config[os] ?? {}) as Record<string, unknown>;
  const appInfo = { productName: config.productName, sanitizedProductName: config.productName, version: '0.0.0' };
  const macroExpander = (pattern: string) => expandMacro(pattern, process.arch, appInfo, { '/*': '{,/**/*}', os });
  const info = {
    projectDir: REPO_ROOT,
    buildResourcesDir: config.directories.buildResources,
    config,
    isPrepackedAppAsar: false,
    debugLogger: new DebugLogger(false),
  };
  const copy = (file: string, toDir: string, fromDir: string) => {
    const target = path.join(toDir, path.relative(fromDir, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  };

  const outDir = path.resolve(REPO_ROOT, config.directories.output);
  for (const matcher of getMainFileMatchers(REPO_ROOT, stage, macroExpander, platformOptions, { info }, outDir, false)) {
    const filter: Filter = matcher.createFilter();
    walk(matcher.from, (file, stat) => path.basename(file) !== 'node_modules' && filter(file, stat), (file) => copy(file, matcher.to, matcher.from));
  }
  const moduleFilter: Filter = getNodeModuleFileMatcher(REPO_ROOT, stage, macroExpander, platformOptions, info).createFilter();
  for (const dir of productionPackages()) walk(dir, moduleFilter, (file) => copy(file, stage, REPO_ROOT));

  for (const extra of config.extraResources) {
    const from = path.join(REPO_ROOT, extra.from);
    const filter: Filter = new FileMatcher(from, path.join(resources, extra.to), macroExpander, extra.filter).createFilter();
    walk(from, filter, (file) => copy(file, path.join(resources, extra.to), from));
  }
}
