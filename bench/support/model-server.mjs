// A stand-in for an OpenAI-compatible API: answers every chat completion after a fixed
// latency, with no limit on concurrent requests, and counts what it was asked.
import { startServer } from './common.mjs'
import { performance } from 'node:perf_hooks'
import { setTimeout } from 'node:timers'

export async function startModelServer({ latencyMs }) {
  let requests = 0
  let inFlight = 0
  let peakInFlight = 0
  let firstAt // epoch ms, comparable with a child's performance.timeOrigin + now()
  const server = await startServer((request, response) => {
    if (request.method !== 'POST' || !request.url.endsWith('/chat/completions')) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":{"message":"not found"}}')
      return
    }
    requests++
    firstAt ??= performance.timeOrigin + performance.now()
    peakInFlight = Math.max(peakInFlight, ++inFlight)
    const chunks = []
    request.on('data', chunk => chunks.push(chunk))
    request.on('end', () => {
      const { model, messages } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      const question = String(messages.at(-1)?.content ?? '')
      // The latency runs from the whole request being read, as a model's would.
      setTimeout(() => {
        inFlight--
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${requests}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: `Answer to: ${question.slice(0, 80)}` },
                finish_reason: 'stop'
              }
            ],
            usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 }
          })
        )
      }, latencyMs)
    })
  })
  return {
    ...server,
    requests: () => requests,
    peakInFlight: () => peakInFlight,
    firstAt: () => firstAt
  }
}
