import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute } from '@/testing/test-utils';
import {
  AssigneeFilterSelect,
  AssigneeSelect,
  assigneeFilterParam,
  assigneeQuery,
  type AssigneeFilter,
} from './assignee-select';

const ME = { id: '00000000-0000-0000-0000-0000000000d2', name: 'Fanny Animatrice' };
const NADIA = { id: '00000000-0000-0000-0000-0000000000d3', displayName: 'Nadia Lefèvre' };
const BRUNO = { id: '00000000-0000-0000-0000-0000000000d4', displayName: 'Bruno Aubert' };
const FACILITATORS = {
  items: [BRUNO, { id: ME.id, displayName: ME.name }, NADIA],
  page: 0,
  size: 100,
  totalItems: 3,
};

function Picker({ allowNobody = false, current = null as { id: string; name: string } | null }) {
  const [value, setValue] = useState<string>(ME.id);
  return (
    <>
      <AssigneeSelect
        me={ME}
        value={value}
        onChange={setValue}
        current={current}
        allowNobody={allowNobody}
      />
      <output aria-label="choisi">{value}</output>
    </>
  );
}

function Filter() {
  const [value, setValue] = useState<AssigneeFilter>(null);
  return (
    <>
      <AssigneeFilterSelect meId={ME.id} value={value} onChange={setValue} />
      <output aria-label="filtre">{JSON.stringify(value)}</output>
    </>
  );
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('the assignee pickers', { timeout: 30_000 }, () => {
  it('offers_me_first_then_the_other_active_facilitators_and_nobody_last', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/facilitators': () => jsonResponse(FACILITATORS),
    });
    const { user } = renderRoute(<Picker allowNobody />, { path: '/' });

    await user.click(screen.getByRole('combobox', { name: 'Attribuer à…' }));
    await waitFor(() =>
      expect(optionNames()).toEqual([
        'Moi (Fanny Animatrice)',
        'Bruno Aubert',
        'Nadia Lefèvre',
        'Personne',
      ]),
    );
    await user.click(screen.getByRole('option', { name: 'Nadia Lefèvre' }));
    expect(screen.getByRole('status', { name: 'choisi' })).toHaveTextContent(NADIA.id);
    expect(new URL(calls[0]?.url ?? 'http://x').searchParams.get('size')).toBe('100');
  });

  it('keeps_the_current_assignee_when_the_list_does_not_hold_them', async () => {
    mockFetch({ 'GET /api/v1/facilitators': () => jsonResponse(FACILITATORS) });
    const { user } = renderRoute(
      <Picker current={{ id: '00000000-0000-0000-0000-0000000000ff', name: 'Alice Admin' }} />,
      { path: '/' },
    );
    await user.click(screen.getByRole('combobox', { name: 'Attribuer à…' }));
    await waitFor(() =>
      expect(optionNames()).toEqual([
        'Moi (Fanny Animatrice)',
        'Bruno Aubert',
        'Nadia Lefèvre',
        'Alice Admin',
      ]),
    );
  });

  it('still_offers_me_and_says_what_to_do_when_the_list_cannot_be_read', async () => {
    mockFetch({ 'GET /api/v1/facilitators': () => problemResponse(500, { title: 'Erreur' }) });
    const { user } = renderRoute(<Picker />, { path: '/' });
    expect(
      await screen.findByText(/La liste des animateurs n’a pas pu être chargée/),
    ).toBeVisible();
    await user.click(screen.getByRole('combobox', { name: 'Attribuer à…' }));
    expect(optionNames()).toEqual(['Moi (Fanny Animatrice)']);
  });

  it('filters_by_mine_nobody_or_another_facilitator', async () => {
    mockFetch({ 'GET /api/v1/facilitators': () => jsonResponse(FACILITATORS) });
    const { user } = renderRoute(<Filter />, { path: '/' });

    const input = screen.getByRole('combobox', { name: 'Suivi par' });
    await user.click(input);
    await waitFor(() =>
      expect(optionNames()).toEqual([
        'Mes suivis',
        'Non attribués',
        'Bruno Aubert',
        'Nadia Lefèvre',
      ]),
    );
    await user.click(screen.getByRole('option', { name: 'Non attribués' }));
    expect(screen.getByRole('status', { name: 'filtre' })).toHaveTextContent('"personne"');
    await user.click(input);
    await user.click(await screen.findByRole('option', { name: 'Bruno Aubert' }));
    expect(screen.getByRole('status', { name: 'filtre' })).toHaveTextContent(
      JSON.stringify({ id: BRUNO.id }),
    );
  });

  it('reads_and_writes_the_filter_in_the_url_and_the_api_query', () => {
    expect(assigneeFilterParam.parse(['moi'])).toBe('moi');
    expect(assigneeFilterParam.parse(['personne'])).toBe('personne');
    expect(assigneeFilterParam.parse([NADIA.id])).toEqual({ id: NADIA.id });
    expect(assigneeFilterParam.parse(['quelqu’un'])).toBeNull();
    expect(assigneeFilterParam.parse([])).toBeNull();
    expect(assigneeFilterParam.format({ id: NADIA.id })).toEqual([NADIA.id]);
    expect(assigneeFilterParam.format(null)).toEqual([]);
    expect(assigneeQuery('moi')).toEqual({ assignee: 'me' });
    expect(assigneeQuery('personne')).toEqual({ assignee: 'none' });
    expect(assigneeQuery({ id: NADIA.id })).toEqual({ assignee: NADIA.id });
    expect(assigneeQuery(null)).toEqual({});
  });
});
