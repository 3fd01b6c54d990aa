/** h5p-standalone ships no usable types: the part we use. */
declare module 'h5p-standalone' {
  export class H5P {
    constructor(element: HTMLElement, options: Record<string, unknown>);
    then<T>(onfulfilled: (value: unknown) => T): Promise<T>;
  }
}
