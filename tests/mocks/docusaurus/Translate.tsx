import type { ReactNode } from 'react';
type Values = Record<string, string | number>;
function interpolate(message: string, values?: Values): string {
  return message.replace(/\{(\w+)\}/g, (_m, key: string) => String(values?.[key] ?? `{${key}}`));
}
export function translate({ message }: { id?: string; message: string; description?: string }, values?: Values): string {
  return interpolate(message, values);
}
export default function Translate({ children, values }: { id?: string; children: string; values?: Values; description?: string }): ReactNode {
  return interpolate(children, values);
}
