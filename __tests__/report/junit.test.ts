import { describe, expect, it } from '@jest/globals'
import { renderJunit } from '../../src/report/junit.js'
import { xmlAttribute, xmlText } from '../../src/report/xml-escape.js'
import { expectOutput } from './outputs.js'
import { hostileReport, mixedReport } from './report-fixtures.js'

interface XmlElement {
  name: string
  attributes: Record<string, string>
  text: string
  children: XmlElement[]
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

function decode(text: string): string {
  return text.replace(ENTITY, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return named[name] ?? ''
  })
}

/** A strict parser for the XML subset JUnit uses: it throws on anything not well-formed. */
function parseXml(xml: string): XmlElement {
  if (NOT_XML.test(xml)) throw new Error('character not allowed in XML 1.0')
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '')
  const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] }
  const stack = [root]
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/gy
  for (const match of body.matchAll(token)) {
    const [, closing, name = '', attributeText = '', selfClosing, text, strayLt] = match
    const current = stack.at(-1)
    if (current === undefined) throw new Error('content after the root element')
    if (strayLt !== undefined) throw new Error(`stray < at ${match.index}`)
    if (text !== undefined) {
      if (text.replace(ENTITY, '').includes('&'))
        throw new Error(`bare & in ${JSON.stringify(text)}`)
      if (text.includes('>') && text.includes(']]>')) throw new Error(']]> in text')
      current.text += decode(text)
      continue
    }
    if (closing === '/') {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`)
      stack.pop()
      continue
    }
    const attributes: Record<string, string> = {}
    for (const [, key = '', value = ''] of attributeText.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (value.replace(ENTITY, '').match(/[&<]/)) throw new Error(`bad attribute ${key}`)
      if (key in attributes) throw new Error(`duplicate attribute ${key}`)
      attributes[key] = decode(value)
    }
    const element: XmlElement = { name, attributes, text: '', children: [] }
    current.children.push(element)
    if (selfClosing !== '/') stack.push(element)
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`)
  const [document] = root.children
  if (document === undefined || root.children.length !== 1) throw new Error('not one root element')
  return document
}

function testcases(document: XmlElement): XmlElement[] {
  return document.children.flatMap(suite => suite.children.filter(c => c.name === 'testcase'))
}

describe('renderJunit', () => {
  it('renders a testsuite per suite and a testcase per case', () => {
    const xml = renderJunit(mixedReport())
    expectOutput('junit.xml', xml)
    const document = parseXml(xml)
    expect(document.attributes).toEqual({
      name: 'toad-eval',
      tests: '9',
      failures: '3',
      errors: '1',
      skipped: '1',
      time: '15.200'
    })
    expect(document.children.map(suite => [suite.attributes.name, suite.attributes.tests])).toEqual(
      [
        ['support', '6'],
        ['summarize', '3'],
        ['billing', '0']
      ]
    )
    const outcomes = testcases(document).map(testcase => [
      testcase.attributes.name,
      testcase.children.map(child => child.name).join(',')
    ])
    expect(outcomes).toEqual([
      ['production-case-1', ''],
      ['production-case-2', 'failure'],
      ['production-case-3', 'system-out'],
      ['production-case-4', 'skipped'],
      ['production-case-5', 'error'],
      ['production-case-6', 'failure'],
      ['long-thread', 'failure'],
      ['short-thread', 'system-out'],
      ['no-thread', 'system-out']
    ])
  })

  it('gives failures the verdict, the pass counts and the reasons', () => {
    const [, regression] = testcases(parseXml(renderJunit(mixedReport())))
    expect(regression?.children[0]).toEqual({
      name: 'failure',
      attributes: { type: 'regression', message: 'regression: base passed 1/1, head passed 0/1' },
      text: 'max_length: 412 chars > max 300',
      children: []
    })
  })

  it('stays well-formed with hostile text, which reads back as written', () => {
    const xml = renderJunit(hostileReport())
    const document = parseXml(xml)
    // Each hostile string i gives a regression (case i) and an error case.
    const names = testcases(document).map(testcase => testcase.attributes.name)
    expect(names[0]).toBe('@octocat please look at this, cc @github/security-team 0')
    expect(names[4]).toBe('</details></pre></td></tr></table><img src=x onerror=alert(1)> 2')
    // Control characters XML cannot hold are dropped; line breaks survive in attributes.
    expect(names[20]).toBe('\u202eevil\u202c [31mred[0m 10')
    expect(names[16]).toBe('line one\n\nline two after a blank line\r\nand \r a carriage return 8')
  })
})

describe('xml escaping', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlText('a < b && c > d ]]> \u0000\u0008\uffff\ud800 ok 😀')).toBe(
      'a &lt; b &amp;&amp; c &gt; d ]]&gt;  ok 😀'
    )
    expect(xmlAttribute('say "hi"\n\tthere\r')).toBe('say &quot;hi&quot;&#10;&#9;there&#13;')
  })
})
