// Pure: whether to recommend the YAML extension, from what is known (tested without VS Code).
export function shouldRecommendYaml(state: { isFactsFile: boolean; yamlInstalled: boolean; askedBefore: boolean }): boolean {
  return state.isFactsFile && !state.yamlInstalled && !state.askedBefore;
}
