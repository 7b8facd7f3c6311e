/**
 * Puts events back in time order with bounded memory. Each processor fills its own buffers,
 * so a file interleaves several ordered runs; a window of `capacity` pending events, always
 * releasing the oldest, restores the order as long as no run lags further than the window.
 */
export class TimeOrder<T extends { time: bigint }> {
  private readonly heap: Entry<T>[] = [];
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
    this.insert({ item, key: Number(item.time), seq: this.seq++ });
    if (this.heap.length > this.capacity) this.release();
  }

  flush(): void {
    while (this.heap.length) this.release();
  }

  private release(): void {
    const top = this.heap[0];
    const tail = this.heap.pop()!;
    if (this.heap.length) {
      this.heap[0] = tail;
      this.down(0);
    }
    if (this.last !== undefined && top.item.time < this.last) this.late++;
    else this.last = top.item.time;
    this.emit(top.item);
  }

  private before(a: Entry<T>, b: Entry<T>): boolean {
    if (a.key !== b.key) return a.key < b.key;
    return a.item.time < b.item.time || (a.item.time === b.item.time && a.seq < b.seq);
  }

  private insert(entry: Entry<T>): void {
    const h = this.heap;
    let i = h.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i], h[parent])) break;
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
      if (l < h.length && this.before(h[l], h[min])) min = l;
      if (r < h.length && this.before(h[r], h[min])) min = r;
      if (min === i) return;
      [h[i], h[min]] = [h[min], h[i]];
      i = min;
    }
  }
}

interface Entry<T> {
  item: T;
  key: number;
  seq: number;
}
