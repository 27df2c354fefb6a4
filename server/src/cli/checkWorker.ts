// The worker side of checkFiles: loads the workspace once, then checks the notes it is handed and
// replies on its port, bumping the shared counter the main thread sleeps on.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { WorkerReply, WorkerSetup, WorkerTask } from './checkFiles';
import { checkNoteFile, isUnreadable } from './checkNoteFile';
import { displayPath } from './files';
import { outputWriter } from './outputFormats';
import { packNote, transferable } from './packedNote';
import { ownBytes } from './recordBytes';
import { factsSnapshotAt } from './resultCache';
import { loadWorkspace } from './workspace';

export function isCheckWorker(): boolean {
  return Boolean((workerData as { claimcheckWorker?: boolean } | null)?.claimcheckWorker);
}

export function runCheckWorker(): void {
  const { setup, port, signal } = workerData as { setup: WorkerSetup; port: MessagePort; signal: Int32Array };
  let workspace: ReturnType<typeof loadWorkspace> | undefined;
  let loadError: string | undefined;
  try {
    workspace = loadWorkspace({ cwd: setup.cwd, configFile: setup.configFile, factsGlobs: setup.factsGlobs, today: setup.today });
    if (setup.factsSnapshot) workspace.keepFactsIn({ snapshot: factsSnapshotAt(setup.factsSnapshot, false) });
  } catch (error) {
    loadError = (error as Error).message;
  }
  const format = setup.pack && outputWriter(setup.pack.output).format;
  port.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      if (!workspace) throw new Error(loadError ?? 'the workspace did not load');
      const result = checkNoteFile(task.file, workspace.index, workspace.config, { asOf: setup.asOf, today: setup.today }, task.text);
      if (format && !isUnreadable(result)) {
        const note = packNote(format, displayPath(task.file, setup.cwd), result, setup.pack!.pass);
        reply = { i: task.i, note: { ...note, packed: ownBytes(note.packed) } };
      } else reply = { i: task.i, result };
    } catch (error) {
      reply = { i: task.i, error: (error as Error).message };
    }
    port.postMessage(reply, 'note' in reply ? transferable(reply.note) : []);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
