import { beforeEach, describe, expect, it } from 'vitest';
import { lastSearchPath, rememberScroll, rememberSearch, takeScroll } from './last-search';

describe('the last directory search', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('links_to_the_directory_alone_before_any_search', () => {
    expect(lastSearchPath()).toBe('/annuaire');
  });

  it('links_back_to_the_last_search_with_its_filters_and_page', () => {
    rememberSearch('?department=93&page=2');
    expect(lastSearchPath()).toBe('/annuaire?department=93&page=2');
    rememberSearch('');
    expect(lastSearchPath()).toBe('/annuaire');
  });

  it('gives_the_scroll_back_once', () => {
    rememberScroll(812.4);
    expect(takeScroll()).toBe(812);
    expect(takeScroll()).toBeNull();
  });
});
