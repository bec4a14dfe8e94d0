import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/shared/cp-data-table.js';
import type { DataTableColumn } from '../src/elements/shared/cp-data-table.js';

interface Member {
  id: string;
  name: string;
  email: string;
  structure: string;
  since: string;
}

const columns: DataTableColumn<Member>[] = [
  { key: 'name', label: 'Nom', sortable: true },
  { key: 'email', label: 'Courriel', sortable: true },
  { key: 'structure', label: 'Structure', sortable: true },
  { key: 'since', label: 'Rattaché depuis', sortable: true, type: 'date' },
];

const cast: Member[] = [
  {
    id: 'u1',
    name: 'Pauline DUFOUR',
    email: 'pauline.dufour@terneuil.fr',
    structure: 'Mairie de Terneuil sur Seine',
    since: '2024-03-07',
  },
  {
    id: 'u2',
    name: 'Jeane Chaource',
    email: 'j.chaource@chaourcois.fr',
    structure: 'CC du Chaourcois et du Val d’Armance',
    since: '2023-11-20',
  },
  {
    id: 'u3',
    name: 'Marc Lefèvre',
    email: 'marc.lefevre@terneuil.fr',
    structure: 'CCAS de Terneuil sur Seine',
    since: '2025-01-02',
  },
];

/** A generated set of agents for the large-data stories. */
const generated = (count: number): Member[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `g${i}`,
    name: `Agent ${i + 1}`,
    email: `agent.${i + 1}@terneuil.fr`,
    structure: i % 3 === 0 ? 'CCAS de Terneuil sur Seine' : 'Mairie de Terneuil sur Seine',
    since: `202${i % 6}-0${(i % 9) + 1}-1${i % 10}`,
  }));

interface Args {
  rows: Member[];
  selectable: boolean;
  virtual: boolean;
  pageSize: number;
  rowActionLabel: string;
  caption: string;
  lang: string;
}

/** Shared data table: sort, selection, paging or virtual scrolling, CSV export. */
const meta: Meta<Args> = {
  title: 'Shared/cp-data-table',
  component: 'cp-data-table',
  args: {
    rows: cast,
    selectable: true,
    virtual: false,
    pageSize: 20,
    rowActionLabel: 'Voir',
    caption: 'Utilisateurs rattachés',
    lang: '',
  },
  render: (args) => html`<cp-data-table
    lang=${ifDefined(args.lang || undefined)}
    caption=${args.caption}
    csv-filename="utilisateurs.csv"
    row-action-label=${args.rowActionLabel}
    page-size=${args.pageSize}
    ?selectable=${args.selectable}
    ?virtual=${args.virtual}
    .columns=${columns}
    .rows=${args.rows}
  ></cp-data-table>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { rows: [] } };
export const Paged: Story = { args: { rows: generated(95), pageSize: 10 } };
export const LargeVirtual10000: Story = {
  name: 'Large data (10,000 rows, virtual)',
  args: { rows: generated(10_000), virtual: true },
};
export const English: Story = { args: { lang: 'en', caption: 'Members', rowActionLabel: 'View' } };

/** Several actions per row (`rowActions`), each on the rows it applies to: "Consulter" only for the Mairie's members. */
export const SeveralRowActions: Story = {
  render: () => html`<cp-data-table
    caption="Utilisateurs rattachés"
    csv-filename="utilisateurs.csv"
    .rowActions=${[
      { id: 'manage', label: 'Gérer' },
      { id: 'consult', label: 'Consulter', when: (row: Member) => row.structure.startsWith('Mairie') },
    ]}
    .columns=${columns}
    .rows=${cast}
  ></cp-data-table>`,
};
