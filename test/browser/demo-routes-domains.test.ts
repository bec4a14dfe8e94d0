import { itReachesEachRoute } from './demo-routes.js';
import { useDemo } from './demo-support.js';

describe('Demo portal (issue 17), DOMAINES: Gestion des structures and Factures', () => {
  const demo = useDemo('/');

  itReachesEachRoute(demo, [
    { path: '/mes-structures', h1: 'Mes structures', menu: 'Domaines', link: 'Mes structures' },
    { path: '/fiche-structure', h1: 'Fiche structure', menu: 'Domaines', link: 'Fiche structure' },
    { path: '/services', h1: 'Services', menu: 'Domaines', link: 'Services' },
    { path: '/coordonnees-bancaires', h1: 'Coordonnées bancaires', menu: 'Domaines', link: 'Coordonnées bancaires' },
    {
      path: '/utilisateurs',
      h1: 'Utilisateurs de mes structures',
      menu: 'Domaines',
      link: 'Utilisateurs de mes structures',
    },
    {
      path: '/transfert-gestionnaire',
      h1: 'Transfert du gestionnaire principal',
      menu: 'Domaines',
      link: 'Transfert du gestionnaire principal',
    },
    { path: '/saisie-facture', h1: 'Saisie de facture', menu: 'Domaines', link: 'Saisie de facture' },
    { path: '/domaines', h1: 'Domaines', menu: 'Domaines', link: 'Domaines' },
  ]);
});
