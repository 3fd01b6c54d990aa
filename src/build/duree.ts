/** A duration for the build's messages, in seconds, French style: 1 340 ms → « 1,3 ». */
export const secondes = (ms: number): string => (ms / 1000).toFixed(1).replace('.', ',');
