// What the browser benches share: the demo build served by `vite preview`, and long tasks
// collected from the first moment of every document.
import { spawn } from 'node:child_process';

/** `vite preview` of dist-demo on 127.0.0.1:`port` (the caller kills it). */
export function startPreview(port) {
  return spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--mode',
      'demo',
      '--outDir',
      'dist-demo',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
}

/** Resolves once `base` answers, or fails after a minute. */
export async function waitForServer(base) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** An init script (`page.addInitScript(observeLongTasks)`): long tasks from the document's start. */
export const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** The long tasks since the last call: how many, and the longest (ms). */
export const takeLongTasks = (page) =>
  page.evaluate(() => {
    const tasks = window.__longTasks.splice(0);
    return { count: tasks.length, longestMs: Math.round(Math.max(0, ...tasks)) };
  });
