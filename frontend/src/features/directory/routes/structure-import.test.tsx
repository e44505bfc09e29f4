import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderRoute, signIn } from '@/testing/test-utils';
import type { StructureImportView } from '../api/get-structure-import';
import { StructureImportRoute } from './structure-import';

const JOB_ID = '66666666-6666-6666-6666-666666666666';

function job(overrides: Partial<StructureImportView>): StructureImportView {
  return {
    id: JOB_ID,
    status: 'RUNNING',
    totalRows: 3,
    processedRows: 1,
    createdAt: '2025-03-01T09:30:00Z',
    ...overrides,
  };
}

describe('structure import page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('focuses_the_file_field_when_no_file_is_chosen', async () => {
    const { fetchMock } = mockFetch({});
    signIn();
    const { user } = renderRoute(<StructureImportRoute />, { path: '/annuaire/import' });

    await user.click(screen.getByRole('button', { name: 'Importer' }));

    expect(await screen.findByText('Choisissez un fichier CSV.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Fichier CSV/ })).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('uploads_the_file_as_it_is_then_shows_progress_and_the_report', async () => {
    const sent: { type: string | null; body: string }[] = [];
    const answers = [
      job({ status: 'RUNNING', processedRows: 1 }),
      job({
        status: 'DONE',
        processedRows: 3,
        report: {
          created: 1,
          updated: 0,
          unchanged: 0,
          rejected: 150,
          warningCount: 1,
          rejectedRows: [{ line: 3, siret: '12345678901234', reasons: ['SIRET invalide'] }],
          warnings: [{ line: 4, siret: '41234567000019', message: 'email : valeur ignorée' }],
        },
      }),
    ];
    mockFetch({
      'POST /api/v1/structure-imports': async (request) => {
        sent.push({ type: request.headers.get('Content-Type'), body: await request.text() });
        return jsonResponse(job({ status: 'QUEUED', totalRows: 0, processedRows: 0 }), 202);
      },
      [`GET /api/v1/structure-imports/${JOB_ID}`]: () =>
        jsonResponse(answers.length > 1 ? answers.shift() : answers[0]),
      [`GET /api/v1/structure-imports/${JOB_ID}/rejected.csv`]: () =>
        new Response('\uFEFFligne;motifs;siret;name;kind\r\n', {
          headers: { 'Content-Type': 'text/csv;charset=UTF-8' },
        }),
    });
    const saved: { name: string; type: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', type: (blob as Blob).type });
      return 'blob:rejected';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const last = saved.at(-1);
      if (last) last.name = this.download;
    });
    signIn();
    const { user, container, router } = renderRoute(<StructureImportRoute />, {
      path: '/annuaire/import',
    });

    const csv = 'siret;name;kind\n41234567000019;Jardins;ACI\n';
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).not.toBeNull();
    if (!input) return;
    await user.upload(input, new File([csv], 'structures.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    expect(await screen.findByText(/Import en cours : 1 ligne traitée sur 3/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33');
    expect(router.state.location.search).toBe(`?job=${JOB_ID}`);
    expect(sent).toEqual([{ type: 'text/csv', body: csv }]);

    expect(await screen.findByText('Import terminé', {}, { timeout: 3000 })).toBeInTheDocument();
    const summary = screen.getByLabelText('Bilan de l’import');
    expect(within(summary).getByText('Créées').nextSibling).toHaveTextContent('1');
    expect(within(summary).getByText('Rejetées').nextSibling).toHaveTextContent('150');
    expect(
      within(screen.getByRole('table', { name: /Lignes rejetées/ })).getByRole('cell', {
        name: 'SIRET invalide',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '… et 149 autres lignes rejetées : téléchargez le fichier pour la liste complète.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/autres avertissements/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Télécharger les avertissements (CSV)' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' }));
    await vi.waitFor(() =>
      expect(saved).toEqual([
        { name: 'import-lignes-rejetees.csv', type: 'text/csv;charset=utf-8' },
      ]),
    );
  });

  it('says_the_queue_is_full_when_the_server_answers_429', async () => {
    mockFetch({
      'POST /api/v1/structure-imports': () =>
        problemResponse(
          429,
          {
            type: 'https://relance-iae.fr/problems/too-many-requests',
            title: 'Trop de requêtes',
            detail: 'Trop d’imports en attente (5) : réessayez dans 1 minute.',
          },
          { 'Retry-After': '60' },
        ),
    });
    signIn();
    const { user, container } = renderRoute(<StructureImportRoute />, { path: '/annuaire/import' });

    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File(['siret;name;kind\n'], 'structures.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop d’imports en attente (5) : réessayez dans 1 minute.',
    );
  });
  it('shows_the_server_message_as_it_is_when_the_file_lacks_columns', async () => {
    const message =
      'Colonnes obligatoires absentes : « Type de structure » (kind). Colonnes non reconnues : « ville ».';
    mockFetch({
      // The generic detail of a field error: the page must still say what the server explained.
      'POST /api/v1/structure-imports': () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Requête invalide',
          detail: 'Un champ est invalide.',
          errors: [{ field: 'file', message }],
        }),
    });
    signIn();
    const { user, container } = renderRoute(<StructureImportRoute />, { path: '/annuaire/import' });

    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File(['siret;nom;ville\n'], 'structures.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Un champ est invalide.');
  });

  it('says_a_detail_that_is_the_field_message_once', async () => {
    const message = 'Colonnes obligatoires absentes : « SIRET » (siret).';
    mockFetch({
      'POST /api/v1/structure-imports': () =>
        problemResponse(400, {
          type: 'https://relance-iae.fr/problems/validation',
          title: 'Requête invalide',
          detail: message,
          errors: [{ field: 'file', message }],
        }),
    });
    signIn();
    const { user, container } = renderRoute(<StructureImportRoute />, { path: '/annuaire/import' });

    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['nom\n'], 'structures.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByText(message)).toHaveLength(1);
    expect(alert).not.toHaveTextContent('Certains champs sont invalides');
  });

  it('unfolds_the_columns_with_their_accepted_values_and_downloads_the_template', async () => {
    const sectors = Array.from({ length: 13 }, (_, i) => ({
      code: `secteur-${i}`,
      name: `Secteur ${i}`,
    }));
    const { calls } = mockFetch({
      'GET /api/v1/structure-imports/format': () =>
        jsonResponse({
          rules: ['Séparateur « ; » ou « , ».'],
          columns: [
            {
              code: 'kind',
              header: 'Type de structure',
              required: true,
              description: 'Le code ou le libellé d’un type.',
              values: [{ code: 'EI', name: 'Entreprise d’insertion' }],
            },
            {
              code: 'sectors',
              header: 'Secteurs d’activité',
              required: false,
              description: 'Séparés par « | ».',
              values: sectors,
            },
          ],
        }),
      'GET /api/v1/structure-imports/template.csv': () =>
        new Response('\uFEFFSIRET;Nom\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:template');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    signIn();
    const { user } = renderRoute(<StructureImportRoute />, { path: '/annuaire/import' });

    expect(calls).toHaveLength(0);
    await user.click(
      screen.getByRole('button', { name: 'Colonnes du fichier et valeurs acceptées' }),
    );

    const columns = await screen.findByRole('list', { name: 'Colonnes' });
    const kind = within(columns).getByText('Type de structure').closest('li');
    if (!kind) throw new Error('no card');
    expect(within(kind).getByText('Obligatoire')).toBeInTheDocument();
    expect(within(kind).getByText('kind')).toBeInTheDocument();
    expect(within(kind).getByText(/Entreprise d’insertion/)).toBeInTheDocument();
    expect(screen.getByText('Séparateur « ; » ou « , ».')).toBeInTheDocument();
    const sectorsCard = within(columns).getByText('Secteurs d’activité').closest('li');
    if (!sectorsCard) throw new Error('no card');
    expect(within(sectorsCard).getByText('Facultative')).toBeInTheDocument();
    await user.click(
      within(sectorsCard).getByRole('button', {
        name: 'Voir les 13 valeurs acceptées (libellé ou code)',
      }),
    );
    // The accordion opens with a transition: the values become visible once it ends.
    await vi.waitFor(() => expect(within(sectorsCard).getByText(/Secteur 12/)).toBeVisible());

    await user.click(screen.getByRole('button', { name: 'Télécharger le modèle (CSV)' }));
    await vi.waitFor(() => expect(saved).toEqual(['modele-import-structures.csv']));
  });
});
