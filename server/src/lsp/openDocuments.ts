// The editor's open documents, found by URI whatever its spelling (percent-encoding, drive case).
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OpenDocuments } from './projects';
import { uriKey } from './uri';

export interface OpenDocumentIndex extends OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export function openDocumentIndex(documents: TextDocuments<TextDocument>): OpenDocumentIndex {
  const get = (uri: string): TextDocument | undefined => {
    const direct = documents.get(uri);
    if (direct) return direct;
    const key = uriKey(uri);
    return documents.all().find((d) => uriKey(d.uri) === key);
  };
  return {
    get,
    all: () => documents.all(),
    text: (uri) => get(uri)?.getText(),
    uris: () => documents.all().map((d) => d.uri),
  };
}
