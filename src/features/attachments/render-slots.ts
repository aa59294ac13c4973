/** Thrown by run() when `maxWaiting` tasks already wait: the caller answers "busy" instead of queueing. */
export class SlotsFull extends Error {
  constructor() {
    super('render queue full');
    this.name = 'SlotsFull';
  }
}

/**
 * At most `size` tasks at once; at most `maxWaiting` more wait, in order; beyond that run() throws SlotsFull.
 * Decoding a large photo takes hundreds of MB, so many first-time previews requested together must not all
 * decode (or even be read) at the same moment, and a flood of them must not pile up without end.
 */
export function createSlots(size: number, maxWaiting = Number.POSITIVE_INFINITY) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < size) active += 1;
      else if (waiting.length >= maxWaiting) throw new SlotsFull();
      else await new Promise<void>((resolve) => waiting.push(resolve)); // the releaser hands its slot over
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
