import { itReachesEachRoute } from './demo-routes.js';
import { useDemo } from './demo-support.js';

describe('Demo portal (issue 17), the user menu under Pauline DUFOUR’s name', () => {
  const demo = useDemo('/');

  itReachesEachRoute(
    demo,
    ['Mon compte', 'Mes pièces jointes', 'Mes rattachements', 'Mes habilitations', 'Boîte mail'].map((title) => ({
      path: `/${title
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ /g, '-')}`,
      h1: title,
      menu: 'Pauline DUFOUR',
      link: title,
    })),
  );
});
