import { parse } from 'yaml'
import type { ChatMessage, ChatRole } from '../model.js'

/**
 * A prompt file, as a team keeps it in git:
 * - plain text or markdown: the system prompt; the case supplies the conversation;
 * - YAML/JSON with `messages: [{role, content}]`: a chat template;
 * - YAML with `system:` (like plain text) or toad-eye's `template:` (one user message).
 * `{{name}}` placeholders are filled from the case's variables.
 */
export type PromptTemplate =
  | { kind: 'system'; system: string; model?: PromptModel }
  | { kind: 'chat'; messages: Array<{ role: ChatRole; content: string }>; model?: PromptModel }

/** A model named in the prompt file (toad-eye's `model: {provider, name}`): the suite's default. */
export interface PromptModel {
  name?: string
  provider?: string
}

export class PromptError extends Error {
  override name = 'PromptError'
}

const ROLES: readonly ChatRole[] = ['system', 'user', 'assistant']

export function parsePromptFile(text: string, path: string): PromptTemplate {
  if (!/\.(ya?ml|json)$/i.test(path)) return { kind: 'system', system: text }
  let document: unknown
  try {
    document = parse(text, { version: '1.2' })
  } catch (error) {
    throw new PromptError(
      `${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`
    )
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new PromptError(`${path}: expected a mapping with "messages", "system" or "template"`)
  }
  const fields = document as Record<string, unknown>
  const model = promptModel(fields.model, path)
  const withModel = <T extends PromptTemplate>(template: T): T =>
    model ? { ...template, model } : template
  if (fields.messages !== undefined)
    return withModel({ kind: 'chat', messages: chatMessages(fields.messages, path) })
  if (typeof fields.system === 'string') return withModel({ kind: 'system', system: fields.system })
  if (typeof fields.template === 'string') {
    return withModel({ kind: 'chat', messages: [{ role: 'user', content: fields.template }] })
  }
  throw new PromptError(
    `${path}: expected "messages" (a list of {role, content}), "system" or "template" (text)`
  )
}

function chatMessages(value: unknown, path: string): Array<{ role: ChatRole; content: string }> {
  if (!Array.isArray(value) || value.length === 0) {
    throw new PromptError(`${path}: messages must be a non-empty list of {role, content}`)
  }
  return value.map((item: unknown, index) => {
    const message = item as { role?: unknown; content?: unknown } | null
    const role = ROLES.find(candidate => candidate === message?.role)
    if (!role)
      throw new PromptError(`${path}: messages[${index}].role must be one of ${ROLES.join(', ')}`)
    if (typeof message?.content !== 'string')
      throw new PromptError(`${path}: messages[${index}].content must be text`)
    return { role, content: message.content }
  })
}

function promptModel(value: unknown, path: string): PromptModel | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') return { name: value }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { name, provider } = value as { name?: unknown; provider?: unknown }
    return {
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof provider === 'string' ? { provider } : {})
    }
  }
  throw new PromptError(`${path}: model must be a name or {provider, name}`)
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g

/** Fills `{{name}}` from variables; a placeholder without a value is an error, never empty text. */
export function fillPlaceholders(text: string, variables: Record<string, unknown>): string {
  const missing = new Set<string>()
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined
    if (value === undefined || value === null) {
      missing.add(name)
      return whole
    }
    return typeof value === 'string' ? value : JSON.stringify(value)
  })
  if (missing.size > 0) {
    throw new PromptError(
      `no value for ${[...missing].map(name => `{{${name}}}`).join(', ')} in the case's variables`
    )
  }
  return filled
}

/** The conversation a case brings: its recorded messages, else its input as one user turn. */
export interface CaseConversation {
  input: string
  variables: Record<string, unknown>
  /** Recorded input conversation (more than one turn), system messages excluded. */
  messages?: ChatMessage[]
  /** The production system prompt, used when replaying without a prompt file. */
  system?: string
}

/**
 * The messages to send for one case. Without a template, the recorded conversation is
 * replayed as is (how a model change is tested).
 */
export function renderPrompt(
  template: PromptTemplate | undefined,
  conversation: CaseConversation
): ChatMessage[] {
  const turns: ChatMessage[] = conversation.messages?.length
    ? conversation.messages
    : [{ role: 'user', content: conversation.input }]
  if (!template) {
    return conversation.system
      ? [{ role: 'system', content: conversation.system }, ...turns]
      : turns
  }
  const variables = { ...conversation.variables, input: conversation.input }
  if (template.kind === 'system') {
    return [{ role: 'system', content: fillPlaceholders(template.system, variables) }, ...turns]
  }
  const rendered: ChatMessage[] = template.messages.map(message => ({
    role: message.role,
    content: fillPlaceholders(message.content, variables)
  }))
  // A template that ends before the user speaks gets the case's conversation after it.
  return rendered.at(-1)?.role === 'user' ? rendered : [...rendered, ...turns]
}

/**
 * toad-eye records the whole prompt as one text (system prompt, then the question). When
 * that text contains the base prompt's system text, what remains is the user's input, so
 * the base and head prompts are not sent the old system prompt twice.
 */
export function stripRecordedSystem(input: string, baseSystem: string | undefined): string {
  const system = baseSystem?.trim()
  if (!system || system.length < 16) return input
  const at = input.indexOf(system)
  if (at < 0) return input
  const remainder = (input.slice(0, at) + input.slice(at + system.length)).trim()
  return remainder === '' ? input : remainder
}
