
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h01b433ddfcba16dd': html`depuis <time datetime="${0}">${1}</time>`,
'partnership-count-few': str`${0} partenariats`,
'partnership-count-many': str`${0} de partenariats`,
'partnership-count-of-few': str`${0} sur ${1} partenariats`,
'partnership-count-of-many': str`${0} sur ${1} de partenariats`,
'partnership-count-of-one': str`${0} sur ${1} partenariat`,
'partnership-count-of-other': str`${0} sur ${1} partenariats`,
'partnership-count-one': str`${0} partenariat`,
'partnership-count-other': str`${0} partenariats`,
'result-count-few': str`${0} résultats`,
'result-count-many': str`${0} de résultats`,
'result-count-one': str`${0} résultat`,
'result-count-other': str`${0} résultats`,
's1b8cb6d0d8257e14': `Ville, pays ou région ; majuscules et accents indifférents`,
's2964cd88df587988': `Le serveur n’a pas répondu à temps.`,
's29f50b222ffd352b': `Partenariat de projet`,
's34b6e44bafea1913': `Aucun partenariat n’est répertorié pour cette sélection.`,
's5d1475f11a5d6bae': `Partenariats de l’arrondissement`,
's5da87a0b88ae5e2e': `Chargement des partenariats …`,
's5fcce65f0c55d565': `Accord de coopération`,
's659ca5a18ebc9acb': `Le fichier de données est introuvable.`,
's681f4498c8bd4863': `Les partenariats n’ont pas pu être chargés.`,
's6c0c0bfff08ee1e5': `statut inconnu`,
's6dfcc3389424f018': str`Le serveur signale une erreur (HTTP ${0}).`,
's7255b2a2c63165e3': `Aucun résultat`,
's7702cfa0597059ea': str`Aucun partenariat ne correspond à « ${0} ».`,
's7e09f2b0a0a723c8': `Partenariat de solidarité`,
's924535ebf58b9d7f': `Réessayer`,
's9c453880737dbd26': `Jumelage`,
'sa4f441315fc21140': str`${0} : partenariats du Land`,
'saf0996be8099f09f': `Partenariats des villes et communes`,
'sb2e8dd34ca5112a9': `Rechercher un partenariat`,
'sb417e334b5b2a4d3': `Le fichier ne contient pas de données de partenariat valides.`,
'sb59d1d9f040a47a4': str`${0} : partenariats de l’arrondissement`,
'sbe814e5a99a99fc8': `année inconnue`,
'sbfd9dd1f6f47a784': `en sommeil`,
'sca8d1cbad9c9c4d4': `Les données intégrées manquent sur cette page.`,
'se1431c0101e4bf46': `Relation d’amitié`,
'se552eaf3331d0ae8': `Le serveur est injoignable. Veuillez vérifier votre connexion.`,
'se7d7b6d76e56087c': `terminé`,
'sf4e330f709ed2638': `actif`,
'sfab8a5d4f11a8173': str`conjointement avec ${0}`,
'sfb4410b48e95fa73': `Contact`,
'sfdd4ac8666e52778': str`Partenaire de ${0}`,
    };
  