// The eval benches' fixture: a dataset of N cases and two prompt files that differ, in a temp dir.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function writeEvalFixture(dir, cases) {
  const lines = ['name: bench', 'metadata:', '  model: bench-model', 'cases:']
  for (let index = 0; index < cases; index++) {
    lines.push(
      `  - id: case-${index}`,
      '    variables:',
      `      input: "Customer ${index} asks: where is my order number ${1000 + index}?"`,
      '    assertions:',
      '      - type: max_length',
      '        value: 500'
    )
  }
  const files = {
    dataset: join(dir, 'bench.eval.yaml'),
    prompt: join(dir, 'head.md'),
    basePrompt: join(dir, 'base.md')
  }
  writeFileSync(files.dataset, `${lines.join('\n')}\n`)
  writeFileSync(files.basePrompt, 'You are the support assistant. Answer briefly.\n')
  writeFileSync(files.prompt, 'You are the support assistant. Answer briefly and politely.\n')
  return files
}
