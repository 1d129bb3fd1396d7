/**
 * Group commit for many concurrent callers: `add(item)` joins the next batch and resolves with that
 * item's result once the batch has run. While a batch runs, new items gather for the next one, so a busy
 * process makes few large round trips and an idle one answers at once (no timer, no added latency).
 */
export class Batcher<I, O> {
  private queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = []
  private running = 0
  private scheduled = false

  /**
   * @param run           runs one batch; returns one result per item, in order
   * @param maxBatch      most items per batch
   * @param maxConcurrent batches running at once
   */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 500,
    private readonly maxConcurrent = 1,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject })
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.maxConcurrent || !this.queue.length) return
    this.scheduled = true
    // Let the callers of this turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false
      this.flush()
    })
  }

  private flush(): void {
    while (this.running < this.maxConcurrent && this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch)
      this.running++
      this.run(batch.map((b) => b.item))
        .then(
          (out) => batch.forEach((b, i) => b.resolve(out[i] as O)),
          (e) => batch.forEach((b) => b.reject(e)),
        )
        .finally(() => {
          this.running--
          this.schedule()
        })
    }
  }
}
