/**
 * The navbar search box, loaded on first use. Until the reader points at it,
 * focuses it or presses the shortcut (Ctrl/⌘ + K), the page shows a box with the
 * same markup and classes as the search plugin's, without its code: the plugin's
 * box (autocomplete, worker glue, lunr and its French stemmer, ≈ 25 KiB
 * compressed) is a separate chunk instead of being in the bundle every page loads.
 * Once it is there, what was typed is handed over and the focus kept.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode, type Ref } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';

type Props = Record<string, unknown>;

const loadPluginSearchBar = () => import('@theme-original/SearchBar') as Promise<{ default: ComponentType<Props> }>;

function label(): string {
  return translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
}

const isShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';

/** The box shown before the plugin's is loaded (same look: its CSS classes). */
function Placeholder({ onActivate, inputRef }: { onActivate: () => void; inputRef: Ref<HTMLInputElement> }): ReactNode {
  return (
    <div className={`navbar__search ${styles.searchBarContainer ?? ''}`} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        placeholder={label()}
        aria-label={label()}
        className={`navbar__search-input ${styles.searchInput ?? ''}`}
        onPointerEnter={onActivate}
        onTouchStart={onActivate}
        onFocus={onActivate}
      />
    </div>
  );
}

/** Puts a value in a React-controlled input so that its onChange sees it. */
function handOver(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export default function SearchBar(props: Props): ReactNode {
  const [PluginSearchBar, setPluginSearchBar] = useState<ComponentType<Props> | null>(null);
  const placeholder = useRef<HTMLInputElement | null>(null);
  const container = useRef<HTMLDivElement | null>(null);
  const loading = useRef(false);
  const handedOver = useRef<{ value: string; focus: boolean }>({ value: '', focus: false });

  const activate = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    void loadPluginSearchBar().then((module) => {
      // The placeholder stays in the page (with its focus and what was typed) until now.
      handedOver.current = {
        value: placeholder.current?.value ?? '',
        focus: handedOver.current.focus || document.activeElement === placeholder.current,
      };
      setPluginSearchBar(() => module.default);
    });
  }, []);

  // A reader on a slow phone may focus the box and type before the page's script has
  // run: the box is then already focused or filled when it becomes interactive.
  useEffect(() => {
    const input = placeholder.current;
    if (input && (document.activeElement === input || input.value !== '')) activate();
  }, [activate]);

  // The shortcut works before the plugin's box is loaded, too.
  useEffect(() => {
    if (PluginSearchBar) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      handedOver.current.focus = true;
      placeholder.current?.focus();
      activate();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [PluginSearchBar, activate]);

  useEffect(() => {
    if (!PluginSearchBar) return;
    const input = container.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    // The plugin names its box in English; the page is in French.
    input.setAttribute('aria-label', label());
    const { value, focus } = handedOver.current;
    if (value) handOver(input, value);
    if (focus) input.focus();
    // Once focused, the plugin's box takes the focus back when its index has loaded, even if the reader
    // has moved on meanwhile (a keyboard user tabbing past it on a slow device found the focus thrown
    // back to the search box: seen in clavier.e2e.ts under load). Calls to focus() made while the reader
    // is elsewhere are ignored, except the shortcut's (Ctrl/⌘ + K).
    let ailleurs = document.activeElement !== input;
    let raccourci = false;
    const quitter = () => (ailleurs = true);
    const revenir = () => (ailleurs = false);
    const touche = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      raccourci = true;
      setTimeout(() => (raccourci = false), 0);
    };
    const focusNatif = input.focus.bind(input);
    input.focus = (options?: FocusOptions) => {
      if (!ailleurs || raccourci) focusNatif(options);
    };
    input.addEventListener('blur', quitter);
    input.addEventListener('focus', revenir);
    document.addEventListener('keydown', touche, true);
    return () => {
      input.removeEventListener('blur', quitter);
      input.removeEventListener('focus', revenir);
      document.removeEventListener('keydown', touche, true);
    };
  }, [PluginSearchBar]);

  if (!PluginSearchBar) return <Placeholder onActivate={activate} inputRef={placeholder} />;
  return (
    <div ref={container} style={{ display: 'contents' }}>
      <PluginSearchBar {...props} />
    </div>
  );
}
