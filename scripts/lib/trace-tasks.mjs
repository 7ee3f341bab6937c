// Long tasks of a Chromium trace with the main thread's CPU time of each (the bench's reading
// of a busy machine: wall time includes waiting for a CPU, thread time does not).
const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The renderer main thread's tasks over 50 ms of wall time in a Chromium trace, with the thread
 * (CPU) time of each: the page's main thread is the CrRendererMain with the most tasks.
 */
export function tasksOfTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !TOP_LEVEL_TASKS.has(e.name) || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 });
    byThread.set(thread, list);
  }
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const long = tasks.filter((t) => t.wallMs > 50);
  return {
    count: long.length,
    longestCpuMs: Math.round(Math.max(0, ...tasks.map((t) => t.cpuMs))),
    overFiftyCpu: tasks.filter((t) => t.cpuMs > 50).length,
    longestWallOfThemCpuMs: Math.round(
      long.reduce((m, t) => (t.wallMs > m.wallMs ? t : m), { wallMs: 0, cpuMs: 0 }).cpuMs,
    ),
  };
}
