/**
 * Puts events back in time order with bounded memory. Each processor fills its own buffers,
 * so a file interleaves several ordered runs; a window of `capacity` pending events, always
 * releasing the oldest, restores the order as long as no run lags further than the window.
 * Events that arrive in order (most of them) wait in a queue; only the others go to a heap.
 */
export class TimeOrder<T extends { time: bigint }> {
  private readonly heap: Entry<T>[] = [];
  private run: Entry<T>[] = [];
  private runHead = 0;
  private seq = 0;
  private last?: bigint;
  /** events that came after the window had already released a later one */
  late = 0;

  constructor(
    private readonly capacity: number,
    private readonly emit: (item: T) => void,
  ) {}

  push(item: T): void {
    // A float key compares fast; the exact tick breaks its rare ties.
    const entry = { item, key: Number(item.time), seq: this.seq++ };
    const tail = this.run.length > this.runHead ? this.run[this.run.length - 1] : undefined;
    if (!tail || !before(entry, tail)) this.run.push(entry);
    else this.insert(entry);
    if (this.heap.length + this.run.length - this.runHead > this.capacity) this.release();
  }

  flush(): void {
    while (this.heap.length || this.run.length > this.runHead) this.release();
  }

  private release(): void {
    const fromRun = this.run.length > this.runHead && (!this.heap.length || before(this.run[this.runHead], this.heap[0]));
    const top = fromRun ? this.run[this.runHead++] : this.popHeap();
    if (fromRun && this.runHead > 4096 && this.runHead * 2 > this.run.length) {
      this.run = this.run.slice(this.runHead);
      this.runHead = 0;
    }
    if (this.last !== undefined && top.item.time < this.last) this.late++;
    else this.last = top.item.time;
    this.emit(top.item);
  }

  private popHeap(): Entry<T> {
    const h = this.heap;
    const top = h[0];
    const tail = h.pop()!;
    if (h.length) {
      h[0] = tail;
      this.down(0);
    }
    return top;
  }

  private insert(entry: Entry<T>): void {
    const h = this.heap;
    let i = h.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < h.length && before(h[l], h[min])) min = l;
      if (r < h.length && before(h[r], h[min])) min = r;
      if (min === i) return;
      [h[i], h[min]] = [h[min], h[i]];
      i = min;
    }
  }
}

interface Entry<T extends { time: bigint }> {
  item: T;
  key: number;
  seq: number;
}

function before<T extends { time: bigint }>(a: Entry<T>, b: Entry<T>): boolean {
  if (a.key !== b.key) return a.key < b.key;
  return a.item.time < b.item.time || (a.item.time === b.item.time && a.seq < b.seq);
}
