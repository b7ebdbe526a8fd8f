/**
 * Rearranges `values[left..right]` so that `values[k]` contains the value it would contain if
 * that range were sorted, with no larger value before it and no smaller value after it.
 * Hoare's selection (FIND, 1961) with a median-of-three pivot; expected cost O(right − left).
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): void {
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (c <= low) return low;
  if (c >= high) return high;
  return c;
}

/** Smallest value of `values[left..right]`. */
export function minimumInRange(values: Float64Array, left: number, right: number): number {
  let smallest = values[left];
  for (let index = left + 1; index <= right; index++) if (values[index] < smallest) smallest = values[index];
  return smallest;
}
