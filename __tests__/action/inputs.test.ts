import { describe, expect, it } from '@jest/globals'
import { booleanInput, EVAL_INPUTS, EXPORT_INPUTS, inputSettings } from '../../src/action/inputs.js'
import { parseExportCommandSettings } from '../../src/settings/export.js'

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('inputSettings', () => {
  it('maps inputs to setting keys, one list item per line, empty inputs unset', () => {
    const raw = inputSettings(
      inputs({
        'jaeger-url': 'http://jaeger:16686 ',
        tags: 'gen_ai.operation.name=chat\n\n# a comment\nenv=staging\r\n',
        headers: 'X-Scope-OrgID: team-a',
        service: '',
        'max-cases': '10'
      }),
      EXPORT_INPUTS
    )
    expect(raw.get('url')).toBe('http://jaeger:16686')
    expect(raw.get('tag')).toEqual(['gen_ai.operation.name=chat', 'env=staging'])
    expect(raw.get('service')).toBeUndefined()
    expect(raw.describe('url')).toBe('input "jaeger-url"')
    expect(parseExportCommandSettings(raw, {}).export).toMatchObject({
      query: { tags: { 'gen_ai.operation.name': 'chat', env: 'staging' } },
      maxCases: 10
    })
  })

  it('names the input in errors', () => {
    const raw = inputSettings(inputs({ 'max-cases': 'lots' }), EXPORT_INPUTS)
    expect(() => parseExportCommandSettings(raw, {})).toThrow(
      'input "max-cases" must be a whole number of at least 1, got "lots"'
    )
    expect(
      inputSettings(inputs({ datasets: 'a.yaml\nb.yaml' }), EVAL_INPUTS).get('dataset')
    ).toEqual(['a.yaml', 'b.yaml'])
  })
})

describe('booleanInput', () => {
  it('reads true and false, falls back when empty, and rejects anything else', () => {
    expect(booleanInput(inputs({ comment: 'true' }), 'comment', false)).toBe(true)
    expect(booleanInput(inputs({ comment: 'FALSE' }), 'comment', true)).toBe(false)
    expect(booleanInput(inputs({}), 'comment', true)).toBe(true)
    expect(() => booleanInput(inputs({ comment: 'yes' }), 'comment', true)).toThrow(
      'input "comment" must be true or false, got "yes"'
    )
  })
})
