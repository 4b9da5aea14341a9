// The demo model: a tiny OpenAI-compatible server on 127.0.0.1 that follows a few plain
// instructions of the system prompt, deterministically, so `npm run demo` shows real
// regressions and fixes without a network or an API key. It is for the demo only: nothing
// in toad-eval ever uses it by default.
//
// Rules, applied to the last user message:
// - the system prompt says "refuse" and names a topic the user brings up (refund, cancel)
//   → a refusal;
// - the user asks for JSON and the system prompt mentions JSON → a JSON object;
// - a long user text (an article) → the article itself, or its first sentence when the
//   system prompt asks for "one short sentence";
// - otherwise a canned support answer, made long by "detailed" in the system prompt.
import { createServer } from 'node:http'

const ANSWERS = [
  [
    /password/i,
    'Open Settings → Security and choose "Reset password"; the link we e-mail you is valid for 30 minutes.'
  ],
  [/order\s+([A-Z]-\d+)/i, 'Order $1 shipped with DHL and arrives on 2025-11-28.'],
  [
    /cancel|subscription/i,
    'Your subscription is cancelled from today. Billing reviews refunds for past months; ticket #4821 is open.'
  ]
]
const DETAIL =
  ' Here is everything you need to know, step by step, so nothing is left unclear: our team is available around the clock, and you can always reply to this message if something does not work as described.'

export function demoAnswer(system, user) {
  const instructions = system.toLowerCase()
  const asked = user.toLowerCase()
  const refusedTopic = ['refund', 'cancel'].find(
    topic =>
      instructions.includes('refuse') && instructions.includes(topic) && asked.includes(topic)
  )
  if (refusedTopic) return 'I cannot help with refunds or cancellations. Please contact billing.'
  if (user.length > 120) {
    const firstSentence = /^.*?[.!?](\s|$)/.exec(user)?.[0].trim() ?? user
    return instructions.includes('one short sentence')
      ? firstSentence
      : `Here is a summary: ${user}`
  }
  const order = /order\s+([A-Z]-\d+)/i.exec(user)?.[1]
  if (asked.includes('json') && instructions.includes('json')) {
    return JSON.stringify(order ? { order, status: 'shipped', carrier: 'DHL' } : { answer: user })
  }
  const canned = ANSWERS.find(([pattern]) => pattern.test(user))?.[1]
  const answer = canned ? canned.replace('$1', order ?? '') : `Thanks for asking: ${user}`
  return instructions.includes('detailed') ? answer + DETAIL : answer
}

/** Starts the demo model; resolves to its base URL and a close function. */
export function startDemoModel() {
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', chunk => (body += chunk))
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json' })
        return response.end(JSON.stringify({ error: { message: `no route ${request.url}` } }))
      }
      const { model, messages = [] } = JSON.parse(body)
      const system = messages
        .filter(m => m.role === 'system')
        .map(m => m.content)
        .join('\n')
      const user = messages.filter(m => m.role === 'user').at(-1)?.content ?? ''
      const text = demoAnswer(system, user)
      const words = value => String(value).split(/\s+/).filter(Boolean).length
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          id: 'demo',
          object: 'chat.completion',
          model,
          choices: [
            { index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }
          ],
          usage: { prompt_tokens: words(system) + words(user), completion_tokens: words(text) }
        })
      )
    })
  })
  return new Promise(resolve => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({
        baseUrl: `http://127.0.0.1:${port}/v1`,
        close: () => new Promise(done => server.close(done))
      })
    })
  })
}
