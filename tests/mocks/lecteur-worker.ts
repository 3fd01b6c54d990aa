// Unit tests (jsdom, CommonJS): no Web Worker; src/lib/lecteur.ts reads on the page.
export function demarrerLecteur(): null {
  return null;
}
