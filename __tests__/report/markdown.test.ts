import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_MAX_CHARS,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  renderWithinLimit
} from '../../src/report/markdown.js'
import { expectOutput } from './outputs.js'
import {
  hostileReport,
  largeReport,
  manyFixesReport,
  manySuitesReport,
  mixedReport,
  passingReport
} from './report-fixtures.js'

const LINKS = {
  jobSummary: 'https://github.com/octo-org/shop/actions/runs/42',
  artifact: 'https://github.com/octo-org/shop/actions/runs/42/artifacts/7'
}

/** The tags the renderer writes itself; anything else came from untrusted text. */
const OUR_TAGS = new Set([
  'details',
  'summary',
  'table',
  'tr',
  'th',
  'td',
  'pre',
  'code',
  'br',
  'sub'
])

/** What would make the markdown do something on GitHub other than show text. */
function liveContent(rendered: string): string[] {
  // Our own markup: costs (`$0.0120`, never followed by a closing `$`) and bold counts.
  const markdown = rendered.replace(/\$\d[\d.,]*/g, '').replace(/\*\*([\d,]+|Skipped)\*\*/g, '')
  const found: string[] = []
  for (const [tag, name = ''] of markdown.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)) {
    if (!OUR_TAGS.has(name.toLowerCase())) found.push(`tag ${tag}`)
  }
  const patterns: [string, RegExp][] = [
    ['mention', /@[a-z0-9]/gi],
    ['issue reference', /(?<!&)#\d/g],
    ['GH reference', /\bGH-\d/gi],
    ['URL', /[a-z]+:\/\//gi],
    ['www link', /\bwww\./gi],
    ['link or image', /\]\(|\]\[|!\[/g],
    ['HTML comment', /<!--/g],
    ['backtick', /`/g],
    ['tilde', /~/g],
    ['math', /\$/g],
    ['emphasis', /\*\*[^*\s]|__[^_\s]/g],
    // eslint-disable-next-line no-control-regex
    ['control character', /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/g]
  ]
  for (const [what, pattern] of patterns) {
    for (const [match] of markdown.matchAll(pattern)) found.push(`${what} ${JSON.stringify(match)}`)
  }
  return found
}

/** Rows of every table have as many cells as its header: no text broke out of a cell. */
function brokenTableRows(markdown: string): string[] {
  const broken: string[] = []
  let columns = 0
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0
      continue
    }
    const cells = line.split('|').length - 2
    if (columns === 0) columns = cells
    else if (cells !== columns) broken.push(line.slice(0, 120))
  }
  return broken
}

/** Our HTML blocks sit on one line each and close what they open. */
function unbalancedHtml(markdown: string): string[] {
  const problems: string[] = []
  for (const line of markdown.split('\n')) {
    for (const tag of ['details', 'summary', 'table', 'tr', 'th', 'td', 'pre', 'code', 'sub']) {
      const opened = line.split(`<${tag}`).length - 1
      const closed = line.split(`</${tag}>`).length - 1
      if (opened !== closed) problems.push(`${tag} ${opened}/${closed}: ${line.slice(0, 120)}`)
    }
  }
  return problems
}

describe('renderMarkdown', () => {
  it('renders a passing run', () => {
    const markdown = renderMarkdown(passingReport())
    expectOutput('passing.md', markdown)
    expect(markdown.split('\n')[0]).toBe('## ✅ toad-eval gate passed: 0 regressions in 5 cases')
  })

  it('renders regressions, fixes, errors and flaky cases', () => {
    const markdown = renderMarkdown(mixedReport())
    expectOutput('regressions.md', markdown)
    expect(markdown.split('\n')[0]).toBe(
      '## ❌ toad-eval gate failed: 3 regressions (max 0); 1 error (max 0)'
    )
    expect(brokenTableRows(markdown)).toEqual([])
    expect(unbalancedHtml(markdown)).toEqual([])
  })

  it('lists only regressions and errors at detail failing, pointing to the rest', () => {
    const markdown = renderMarkdown({ ...mixedReport(), links: LINKS }, { detail: 'failing' })
    expectOutput('regressions-failing.md', markdown)
    expect(markdown).toContain(
      `every case is in the [job summary](${LINKS.jobSummary}) and the [results.json artifact](${LINKS.artifact}).`
    )
    expect(markdown).not.toContain('production-case-3')
  })

  it('renders hostile text inert', () => {
    const markdown = renderMarkdown(hostileReport(), { maxChars: 1_000_000 })
    expectOutput('hostile.md', markdown)
    expect(liveContent(markdown)).toEqual([])
    expect(brokenTableRows(markdown)).toEqual([])
    expect(unbalancedHtml(markdown)).toEqual([])
    // The 50,000-character answer is cut to 1,000 characters and says how much is missing.
    expect(markdown).toContain('… (49,008 more characters)')
  })

  it('keeps hostile text inert at every detail', () => {
    for (const detail of ['full', 'failing', 'summary'] as const) {
      const markdown = renderMarkdown(hostileReport(), { detail, maxChars: 1_000_000 })
      expect(liveContent(markdown)).toEqual([])
      expect(brokenTableRows(markdown)).toEqual([])
    }
  })

  it('says so when no suite needed a run, and names the commits it has', () => {
    const report = passingReport()
    const markdown = renderMarkdown({
      ...report,
      suites: report.suites.filter(suite => suite.skipped !== undefined),
      commit: { head: 'feature-branch' }
    })
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '## ✅ toad-eval gate passed: no suite needed a run',
      'Head <code>feature-branch</code>'
    ])
  })

  it('does not let links it was given break out of the link', () => {
    const markdown = renderMarkdown(
      {
        ...passingReport(),
        links: { jobSummary: 'https://x.example/a)![i](https://evil.example/p.png' }
      },
      { detail: 'summary' }
    )
    expect(markdown).toContain(
      '[job summary](https://x.example/a%29![i]%28https://evil.example/p.png)'
    )
    expect(
      renderMarkdown(
        { ...passingReport(), links: { jobSummary: 'javascript:alert(1)' } },
        { detail: 'summary' }
      )
    ).toContain('Case details are in the job summary and the results.json artifact.')
  })
})

describe('renderWithinLimit', () => {
  it('keeps the full report when it fits', () => {
    expect(renderWithinLimit(mixedReport())).toMatchObject({ detail: 'full', truncated: false })
  })

  it('drops to the failing rows when the full report is too long', () => {
    const rendered = renderWithinLimit({ ...manyFixesReport(), links: LINKS })
    expect(rendered.detail).toBe('failing')
    expect(rendered.markdown.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
    expect(rendered.markdown).toContain('regressed')
    expect(rendered.markdown).not.toContain('fixed-1<')
  })

  it('drops to the summary when even the failing rows are too long', () => {
    const rendered = renderWithinLimit({ ...largeReport(), links: LINKS })
    expectOutput('large-summary.md', rendered.markdown)
    expect(rendered).toMatchObject({ detail: 'summary', truncated: false })
    expect(rendered.markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(
      renderMarkdown(largeReport(), { detail: 'full', maxChars: 1_000_000 }).length
    ).toBeGreaterThan(GITHUB_COMMENT_LIMIT)
    expect(rendered.markdown).toContain(
      `Case details are in the [job summary](${LINKS.jobSummary})`
    )
  })

  it('cuts whole lines off the summary when nothing else fits', () => {
    const rendered = renderWithinLimit(manySuitesReport())
    expect(rendered).toMatchObject({ detail: 'summary', truncated: true })
    expect(rendered.markdown.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
    expect(rendered.markdown.length).toBeGreaterThan(DEFAULT_MAX_CHARS - 200)
    expect(
      rendered.markdown.endsWith(
        '|\n\n_The report was cut to fit in a comment; see the job summary._\n'
      )
    ).toBe(true)
    expect(brokenTableRows(rendered.markdown)).toEqual([])
  })

  it.each([65_536, 20_000, 500, 80, 10, 1])('never exceeds maxChars %i', maxChars => {
    for (const report of [mixedReport(), hostileReport(), largeReport(), manySuitesReport()]) {
      expect(renderMarkdown(report, { maxChars }).length).toBeLessThanOrEqual(maxChars)
    }
  })
})
