// Facts files are YAML: with Red Hat's YAML extension they get completion, hovers and validation
// from the schema Claimcheck contributes. Recommended once, the first time a facts file is opened
// without it.
import * as vscode from 'vscode';
import { shouldRecommendYaml } from './shouldRecommendYaml';

export const YAML_EXTENSION_ID = 'redhat.vscode-yaml';
const ASKED_KEY = 'claimcheck.yamlExtensionRecommended';


let askingNow = false;

export async function recommendYamlExtension(context: vscode.ExtensionContext, doc: vscode.TextDocument, patterns: readonly string[]): Promise<void> {
  const isFactsFile = doc.uri.scheme !== 'git' && patterns.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  const state = {
    isFactsFile,
    yamlInstalled: vscode.extensions.getExtension(YAML_EXTENSION_ID) !== undefined,
    askedBefore: askingNow || context.globalState.get<boolean>(ASKED_KEY, false),
  };
  if (!shouldRecommendYaml(state)) return;
  askingNow = true;
  await context.globalState.update(ASKED_KEY, true);
  const install = 'Show YAML Extension';
  const choice = await vscode.window.showInformationMessage(
    'Claimcheck: install the YAML extension (Red Hat) for completion, hovers and validation in facts files.',
    install,
  );
  if (choice === install) await vscode.commands.executeCommand('extension.open', YAML_EXTENSION_ID);
}
