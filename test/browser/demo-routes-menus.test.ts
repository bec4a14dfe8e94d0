import { itReachesEachRoute, way } from './demo-routes.js';
import { useDemo } from './demo-support.js';

describe('Demo portal (issue 17), the drop-down menus: the user menu under Pauline DUFOUR’s name, and DOMAINES', () => {
  const demo = useDemo('/');

  itReachesEachRoute(demo, [
    way('/mon-compte', 'Mon compte', 'Pauline DUFOUR'),
    way('/mes-pieces-jointes', 'Mes pièces jointes', 'Pauline DUFOUR'),
    way('/mes-rattachements', 'Mes rattachements', 'Pauline DUFOUR'),
    way('/mes-habilitations', 'Mes habilitations', 'Pauline DUFOUR'),
    way('/boite-mail', 'Boîte mail', 'Pauline DUFOUR'),
    way('/mes-structures', 'Mes structures', 'Domaines'),
    way('/fiche-structure', 'Fiche structure', 'Domaines'),
    way('/services', 'Services', 'Domaines'),
    way('/coordonnees-bancaires', 'Coordonnées bancaires', 'Domaines'),
    way('/utilisateurs', 'Utilisateurs de mes structures', 'Domaines'),
    way('/transfert-gestionnaire', 'Transfert du gestionnaire principal', 'Domaines'),
    way('/saisie-facture', 'Saisie de facture', 'Domaines'),
    way('/domaines', 'Domaines', 'Domaines'),
  ]);
});
