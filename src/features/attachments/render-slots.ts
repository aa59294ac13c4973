/**
 * At most `size` tasks at once; the rest wait in order. Decoding a large photo takes hundreds of MB, so
 * many first-time previews requested together must not all decode at the same moment.
 */
export function createSlots(size: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < size) active += 1;
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
  };
}
