// Kleine DOM-hulp: elementen maken met attributen en kinderen, zonder innerHTML.
type Kind = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, kinderen: readonly Kind[] = []): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kinderen);
  return e;
}
