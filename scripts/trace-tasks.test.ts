import { describe, expect, it } from 'vitest';
import { tasksOfTrace } from './lib/trace-tasks.mjs';

const task = (tid: number, dur: number, tdur: number) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts: 0,
  dur: dur * 1000,
  tdur: tdur * 1000,
});
const thread = (tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid: 1,
  tid,
  args: { name },
});

describe('tasksOfTrace', () => {
  it('reads the busiest renderer main thread: wall-long tasks and the CPU time of each', () => {
    const trace = {
      traceEvents: [
        thread(1, 'CrRendererMain'),
        thread(2, 'CrRendererMain'),
        thread(3, 'Compositor'),
        task(1, 160, 11),
        task(1, 30, 23),
        task(1, 70, 60),
        task(1, 5, 5),
        task(2, 400, 400),
        task(3, 500, 500),
        task(3, 500, 500),
        task(3, 500, 500),
        task(3, 500, 500),
      ],
    };
    expect(tasksOfTrace(trace)).toEqual({
      count: 2,
      longestCpuMs: 60,
      overFiftyCpu: 1,
      longestWallOfThemCpuMs: 11,
    });
  });

  it('says nothing was long in an empty trace', () => {
    expect(tasksOfTrace([])).toEqual({
      count: 0,
      longestCpuMs: 0,
      overFiftyCpu: 0,
      longestWallOfThemCpuMs: 0,
    });
  });
});
