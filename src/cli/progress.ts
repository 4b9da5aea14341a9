import cliProgress from 'cli-progress'
import type { EvalProgress } from '../eval/evaluate.js'

export interface ProgressDisplay {
  update(progress: EvalProgress): void
  stop(): void
}

/**
 * A bar on a terminal (samples done, errors, ETA, spend); on a CI log, a plain line every
 * few seconds instead of carriage returns.
 */
export function progressDisplay(stream: NodeJS.WriteStream): ProgressDisplay {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        '{bar} {value}/{total} samples | {errors} errors | {cached} cached | ${spent} | ETA {eta_formatted}',
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 10_000,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50
    },
    cliProgress.Presets.shades_classic
  )
  let started = false
  return {
    update(progress) {
      const values = {
        errors: progress.errors,
        cached: progress.cacheHits,
        spent: progress.costUsd.toFixed(4)
      }
      if (!started) {
        bar.start(progress.total, progress.done, values)
        started = true
      } else {
        bar.update(progress.done, values)
      }
    },
    stop() {
      if (started) bar.stop()
    }
  }
}
