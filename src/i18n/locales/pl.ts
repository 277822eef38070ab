
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h01b433ddfcba16dd': html`od <time datetime="${0}">${1}</time>`,
'partnership-count-few': str`${0} partnerstwa`,
'partnership-count-many': str`${0} partnerstw`,
'partnership-count-of-few': str`${0} z ${1} partnerstw`,
'partnership-count-of-many': str`${0} z ${1} partnerstw`,
'partnership-count-of-one': str`${0} z ${1} partnerstwa`,
'partnership-count-of-other': str`${0} z ${1} partnerstwa`,
'partnership-count-one': str`${0} partnerstwo`,
'partnership-count-other': str`${0} partnerstwa`,
'result-count-few': str`${0} wyniki`,
'result-count-many': str`${0} wyników`,
'result-count-one': str`${0} wynik`,
'result-count-other': str`${0} wyniku`,
's1b8cb6d0d8257e14': `Miejscowość, kraj lub region; wielkość liter i znaki diakrytyczne nie mają znaczenia`,
's2964cd88df587988': `Serwer nie odpowiedział na czas.`,
's29f50b222ffd352b': `Partnerstwo projektowe`,
's34b6e44bafea1913': `Dla tego wyboru nie odnotowano żadnych partnerstw.`,
's5d1475f11a5d6bae': `Partnerstwa powiatu`,
's5da87a0b88ae5e2e': `Wczytywanie partnerstw …`,
's5fcce65f0c55d565': `Porozumienie o współpracy`,
's659ca5a18ebc9acb': `Nie znaleziono pliku z danymi.`,
's681f4498c8bd4863': `Nie udało się wczytać partnerstw.`,
's6c0c0bfff08ee1e5': `status nieznany`,
's6dfcc3389424f018': str`Serwer zgłasza błąd (HTTP ${0}).`,
's7255b2a2c63165e3': `Brak wyników`,
's7702cfa0597059ea': str`Żadne partnerstwo nie pasuje do „${0}”.`,
's7e09f2b0a0a723c8': `Partnerstwo solidarnościowe`,
's924535ebf58b9d7f': `Spróbuj ponownie`,
's9c453880737dbd26': `Partnerstwo miast`,
'sa4f441315fc21140': str`${0}: partnerstwa kraju związkowego`,
'saf0996be8099f09f': `Partnerstwa miast i gmin`,
'sb2e8dd34ca5112a9': `Szukaj partnerstw`,
'sb417e334b5b2a4d3': `Plik nie zawiera prawidłowych danych o partnerstwach.`,
'sb59d1d9f040a47a4': str`${0}: partnerstwa powiatu`,
'sbe814e5a99a99fc8': `rok nieznany`,
'sbfd9dd1f6f47a784': `zawieszone`,
'sca8d1cbad9c9c4d4': `Na tej stronie brakuje osadzonych danych.`,
'se1431c0101e4bf46': `Stosunki przyjaźni`,
'se552eaf3331d0ae8': `Serwer jest nieosiągalny. Sprawdź połączenie.`,
'se7d7b6d76e56087c': `zakończone`,
'sf4e330f709ed2638': `aktywne`,
'sfab8a5d4f11a8173': str`wspólnie z: ${0}`,
'sfb4410b48e95fa73': `Kontakt`,
'sfdd4ac8666e52778': str`Partner: ${0}`,
    };
  