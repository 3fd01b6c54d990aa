/**
 * @jest-environment jsdom
 *
 * The navbar search box: before any use, a box that looks the same but ships
 * none of the search code; the plugin's box is loaded when the reader points at
 * it, focuses it or presses Ctrl/⌘ + K, and gets what was typed and the focus.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';

const loaded = jest.fn();
jest.mock(
  '@theme-original/SearchBar',
  () => {
    loaded();
    return {
      __esModule: true,
      default: function PluginSearchBar() {
        const { useState } = jest.requireActual<typeof import('react')>('react');
        const [value, setValue] = useState('');
        return (
          <div className="navbar__search">
            <input className="navbar__search-input" aria-label="Search (plugin)" placeholder="Search" value={value} onChange={(e) => setValue(e.target.value)} />
            <output data-testid="valeur">{value}</output>
          </div>
        );
      },
    };
  },
  { virtual: true },
);

import SearchBar from '@site/src/theme/SearchBar';

const flush = () => act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });

beforeEach(() => loaded.mockClear());

// The mock of translate() returns the default message; on the site, i18n/fr/code.json gives « Rechercher ».
test('the placeholder box has the translated name and loads nothing by itself', async () => {
  render(<SearchBar />);
  const box = screen.getByRole('textbox', { name: 'Search' });
  expect(box.getAttribute('placeholder')).toBe('Search');
  expect(box.className).toContain('navbar__search-input');
  await flush();
  expect(loaded).not.toHaveBeenCalled();
});

test('focusing the box loads the search, hands over what was typed and keeps the focus', async () => {
  render(<SearchBar />);
  const box = screen.getByRole('textbox');
  act(() => box.focus());
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: 'bientraitance' } });
  await flush();
  await flush();
  expect(loaded).toHaveBeenCalledTimes(1);
  expect(screen.getByTestId('valeur').textContent).toBe('bientraitance');
  const real = screen.getByRole('textbox');
  expect(real).not.toBe(box);
  expect(document.activeElement).toBe(real);
  // The plugin names its box in English, whatever the language: it gets the translated name.
  expect(real.getAttribute('aria-label')).toBe('Search');
});

test('Ctrl + K opens the search before it is loaded', async () => {
  render(<SearchBar />);
  fireEvent.keyDown(document, { key: 'k', ctrlKey: true });
  await flush();
  await flush();
  expect(document.activeElement).toBe(screen.getByRole('textbox'));
  expect(screen.getByTestId('valeur')).toBeTruthy();
});
