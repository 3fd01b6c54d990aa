export default function useBaseUrl(path: string): string {
  return `/moniteur-atelier/${path.replace(/^\//, '')}`;
}
export function useBaseUrlUtils() {
  return { withBaseUrl: useBaseUrl };
}
