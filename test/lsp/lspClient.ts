// Test harness: starts the bundled server (dist/server.js --stdio) as a child process and talks
// LSP to it over JSON-RPC, playing the editor's part (configuration, registrations, progress).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  Diagnostic,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = path.join(REPO, 'dist', 'server.js');
export const EXAMPLE_NOTE_REL = 'notes/anthropic-compute.md';

export function assertBuilt(): void {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does).`);
}

export interface Workspace {
  dir: string;
  uri: (rel: string) => string;
  cleanup: () => void;
}

/** A fresh copy of examples/ (facts.yaml + notes/) in a temp dir; the server's workspace. */
export function makeWorkspace(extra: Record<string, string> = {}): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-lsp-'));
  cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return {
    dir,
    uri: (rel: string) => pathToFileURL(path.join(dir, rel)).href,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface ClientOptions {
  settings?: { enable?: boolean; inlayHints?: { enable?: boolean } };
  debounceMs?: number;
  /** How long a long note's first check runs before its top is published (server default 50 ms). */
  firstLookMs?: number;
  /** Quiet time after typing before background checks go on (server default 500 ms; here 0 unless given, as debounceMs is 20). */
  backgroundQuietMs?: number;
  /** Facts of this many characters or more load on the server's worker (server default 4,000,000). */
  factsWorkerMinChars?: number;
  /** Advertise dynamic registration of watched files (and record registrations). */
  watch?: boolean;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: any[] = [];
  readonly registrations: any[] = [];
  readonly progress: any[] = [];
  readonly logs: string[] = [];
  settings: ClientOptions['settings'];
  /** What the server answered to initialize. */
  initializeResult!: InitializeResult;
  private waiters: (() => void)[] = [];
  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
  ) {}

  static async start(rootDir: string, options: ClientOptions = {}): Promise<TestClient> {
    assertBuilt();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new TestClient(proc, conn);
    client.settings = { enable: true, inlayHints: { enable: true }, ...options.settings };
    proc.stderr.on('data', (d) => client.logs.push(String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.push(p);
      client.wake();
    });
    conn.onNotification('claimcheck/status', (p: unknown) => {
      client.statuses.push(p);
      client.wake();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
    });
    conn.onNotification('$/progress', (p: unknown) => {
      client.progress.push(p);
      client.wake();
    });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => client.settings));
    conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      client.registrations.push(...p.registrations);
      client.wake();
      return null;
    });
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.listen();
    const rootUri = pathToFileURL(rootDir).href;
    const params: InitializeParams = {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      initializationOptions: {
        debounceMs: options.debounceMs ?? 20,
        backgroundQuietMs: options.backgroundQuietMs ?? 0,
        ...(options.factsWorkerMinChars !== undefined ? { factsWorkerMinChars: options.factsWorkerMinChars } : {}),
        ...(options.firstLookMs !== undefined ? { firstLookMs: options.firstLookMs } : {}),
      },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: options.watch ?? true, relativePatternSupport: false },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
    };
    client.initializeResult = await conn.sendRequest<InitializeResult>('initialize', params);
    await conn.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `predicate` holds, re-tested after every message; rejects after `ms`. */
  async until<T>(predicate: () => T | undefined | false, what: string, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n').slice(-3000)}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The latest diagnostics published for `uri` (after index `since` in the log). */
  latest(uri: string, since = 0): PublishDiagnosticsParams | undefined {
    for (let i = this.diagnostics.length - 1; i >= since; i--) if (this.diagnostics[i].uri === uri) return this.diagnostics[i];
    return undefined;
  }

  async diagnosticsFor(uri: string, version?: number, since = 0): Promise<Diagnostic[]> {
    const p = await this.until(() => {
      for (let i = this.diagnostics.length - 1; i >= since; i--) {
        const d = this.diagnostics[i];
        if (d.uri === uri && (version === undefined || d.version === version)) return d;
      }
      return undefined;
    }, `diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`);
    return p.diagnostics;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: { range?: Range; text: string }[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

export function readWorkspaceFile(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

/** Offset ↔ position in a text, as LSP counts (UTF-16, 0-based). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
  return offset + pos.character;
}

/** The range of the n-th occurrence (0-based) of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(out, e.range.start)) + e.newText + out.slice(offsetAt(out, e.range.end));
  return out;
}

/** The text edits a WorkspaceEdit makes to one document (changes or documentChanges). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
  }
  return out;
}

export const exampleNote = () => readFileSync(path.join(REPO, 'examples', EXAMPLE_NOTE_REL), 'utf8');

export interface ServerFixture {
  readonly ws: Workspace;
  /** The started client; use it inside tests and hooks only. */
  readonly client: TestClient;
  /** Writes a workspace file and tells the server, as the editor's file watcher would. */
  writeFile(rel: string, text: string): Promise<void>;
}

/**
 * For the enclosing describe: a workspace (examples/ plus `files`) and a server started on it
 * before the tests, stopped and removed after them.
 */
export function useServer(files: Record<string, string> = {}, options: ClientOptions = {}): ServerFixture {
  const ws = makeWorkspace(files);
  let client: TestClient | undefined;
  beforeAll(async () => {
    client = await TestClient.start(ws.dir, options);
  });
  afterAll(async () => {
    await client?.stop();
    ws.cleanup();
  });
  const fixture: ServerFixture = {
    ws,
    get client() {
      if (!client) throw new Error('the server is not started yet: use the client inside tests and hooks');
      return client;
    },
    async writeFile(rel, text) {
      writeFileSync(path.join(ws.dir, rel), text);
      await fixture.client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(rel), type: 2 }] });
    },
  };
  return fixture;
}

export interface NoteFixture extends ServerFixture {
  readonly uri: string;
  /** The text opened (version 1). */
  readonly text: string;
  /** What the server published for version 1. */
  readonly diagnostics: Diagnostic[];
}

/**
 * useServer, then opens the note `rel` (the example note unless told) with `text` (the file's
 * text in `files`, else the example note) and waits for its first diagnostics.
 */
export function useOpenNote(files: Record<string, string> = {}, rel = EXAMPLE_NOTE_REL, text = files[rel] ?? exampleNote(), options: ClientOptions = {}): NoteFixture {
  const server = useServer(files, options);
  const uri = server.ws.uri(rel);
  let diagnostics: Diagnostic[] | undefined;
  beforeAll(async () => {
    await server.client.open(uri, text);
    diagnostics = await server.client.diagnosticsFor(uri, 1);
  });
  return {
    ws: server.ws,
    writeFile: server.writeFile,
    uri,
    text,
    get client() {
      return server.client;
    },
    get diagnostics() {
      if (!diagnostics) throw new Error('the note is not open yet: use its diagnostics inside tests and hooks');
      return diagnostics;
    },
  };
}
