// Background work runs below the editor's priority, as clangd's background index
// does: on a machine with few cores the server's main thread (keystrokes, hovers)
// and the editor get the CPU whenever they want it. Linux schedules each thread
// by its thread id. Two steps, each best effort:
//  - nice 10 (os.setPriority), so the main thread at 0 gets about ten times the
//    share of a contended core;
//  - the SCHED_IDLE policy, through util-linux's `chrt`, as LLVM's
//    set_thread_priority does for clangd's background index: a woken normal thread preempts an idle-policy
//    one at once, where at nice 10 it could wait out the running thread's slice.
//    Node has no call for a thread's policy; where `chrt` is missing, nice 10 stands.
// Elsewhere, or where it is not allowed, nothing changes. A thread cannot raise
// its priority again, so a lowered thread stays lowered until it ends.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value of background work. */
export const backgroundNice = 10;

/** Sets each thread to SCHED_IDLE, in one shell, out of the caller's way. */
const idlePolicyScript = 'for tid do chrt --idle --pid 0 "$tid" 2>/dev/null; done';

/**
 * Lowers every thread of the process but the main one: the workers, V8's
 * platform threads (concurrent marking, parallel scavenges and background
 * compilation, shared by every isolate of the process, so the workers'
 * collections run on them) and libuv's pool. Threads started later take the
 * priority of the thread that starts them. Called from the main thread.
 */
export function lowerHelperThreads(): void {
  let helpers: number[];
  try {
    helpers = readdirSync('/proc/self/task').map(Number).filter((tid) => Number.isInteger(tid) && tid !== process.pid && !isProfilerSampler(tid));
  } catch {
    return; // Not Linux.
  }
  for (const tid of helpers) {
    try {
      setPriority(tid, backgroundNice);
    } catch {
      // Ended meanwhile, or not allowed.
    }
  }
  if (helpers.length === 0) return;
  try {
    const shell = spawn('/bin/sh', ['-c', idlePolicyScript, 'sh', ...helpers.map(String)], { stdio: 'ignore' });
    shell.on('error', () => {}); // No shell: nice 10 stands.
    shell.unref();
  } catch {
    // Could not start a process: nice 10 stands.
  }
}

/** V8's CPU profiler samples from a thread of its own: lowered, it would sample late and a profile (--cpu-prof) would show the main thread stalled when it was not. */
function isProfilerSampler(tid: number): boolean {
  try {
    return readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').startsWith('v8:ProfEvntProc');
  } catch {
    return false;
  }
}
